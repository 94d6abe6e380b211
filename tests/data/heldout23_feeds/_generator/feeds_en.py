# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the twenty-third held-out set (world desks, tech, science).
All outlets, people and quotations are invented."""
import re
from datetime import UTC

from lib import dt
from mk import esc, it, q, rfc822, rss
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    return dt(2027, 6, day, h, mi, s, off)


def cd(s):
    return f"<![CDATA[{s}]]>"


def utcz(w):
    return w.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_MEDIA = ' xmlns:media="http://search.yahoo.com/mrss/"'
NS_ATOM = ' xmlns:atom="http://www.w3.org/2005/Atom"'


# ---------------------------------------------------------------- DW English-style public international broadcaster (Bonn), GMT
def rheinwelle():
    rows, items = [], []

    def add(aid, slug, title_xml, when, cat, desc, exp):
        url = f"https://www.rheinwelle.example/en/{slug}/a-{aid}?maca=en-rss-en-world-4025-rdf"
        rows.append(f"<item>\n<title>{title_xml}</title>\n<link>{esc(url)}</link>\n<description>{esc(desc)}</description>\n<category>{cat}</category>\n"
                    f"<pubDate>{rfc822(when, gmt=True)}</pubDate>\n<guid>{esc(url)}</guid>\n</item>")
        items.append(exp(url))

    w = d(15, 16, 42)
    add(70214455, "eu-blacklists-120-more-shadow-fleet-tankers", "EU blacklists 120 more &amp;#039;shadow fleet&amp;#039; tankers", w, "World",
        "Meeting in Luxembourg, EU foreign ministers agreed to ban another 120 tankers from European ports. Hungary dropped its veto after securing an exemption for the Druzhba pipeline",
        lambda k: it(k, "EU blacklists 120 more 'shadow fleet' tankers", w, [], junk=["&#039;", "#039;"], note="Title double-escaped by the CMS: '&amp;#039;' in the XML is a literal '&#039;' that must be shown as an apostrophe."))
    w = d(15, 14, 5)
    add(70213980, "live-g7-summit-evian", "Live: G7 leaders meet in Evian — all the latest", w, "World",
        "Follow our live coverage of the G7 summit on the shores of Lake Geneva.",
        lambda k: it(k, "Live: G7 leaders meet in Evian — all the latest", w, [], story=False, rel=False, note="Live blog teaser, not a story."))
    w = d(15, 12, 18)
    add(70213702, "kenya-ethiopia-sign-2-billion-lamu-port-corridor-deal", "Kenya, Ethiopia sign $2 billion Lamu port corridor deal", w, "Africa",
        "The agreement gives landlocked Ethiopia a dedicated berth at Lamu and a rail link to the Moyale border.\"This corridor is a road to peace in the Horn,\" said Wanjiru Kamau, Kenya's transport minister.",
        lambda k: it(k, "Kenya, Ethiopia sign $2 billion Lamu port corridor deal", w, [], quotes=[q("Wanjiru Kamau", "transport minister")]))
    w = d(15, 10, 30)
    add(70213355, "germany-bundestag-approves-record-defense-budget", "Germany&amp;#039;s Bundestag approves record defense budget", w, "Germany",
        "Lawmakers voted 412 to 201 for a budget of €108 billion. The Greens abstained",
        lambda k: it(k, "Germany's Bundestag approves record defense budget", w, [], rel=False, junk=["&#039;"], note="German domestic politics for a German broadcaster."))
    w = d(14, 18, 0)
    add(70212840, "in-pictures-kiel-week-opens-with-tall-ships-parade", "In pictures: Kiel Week opens with tall ships parade", w, "Culture",
        "More than 4,000 sailors from 60 countries are taking part in the world's largest sailing event.",
        lambda k: it(k, "In pictures: Kiel Week opens with tall ships parade", w, [], story=False, rel=False, note="Photo gallery."))
    w = d(14, 15, 25)
    add(70212611, "bonn-climate-talks-end-without-deal-on-adaptation-finance", "Bonn climate talks end without deal on adaptation finance", w, "Climate",
        "Negotiators from nearly 200 countries failed to agree on a new target for helping poorer nations adapt to heat and floods\n\nThe issue now moves to the COP in Addis Ababa in November.",
        lambda k: it(k, "Bonn climate talks end without deal on adaptation finance", w, []))
    channel = ("<title>Rheinwelle: RW.example - World</title>\n<link>https://www.rheinwelle.example/en/</link>\n<description>News from around the world from Germany's international broadcaster</description>\n<language>en</language>\n"
               f"<copyright>2027 Rheinwelle</copyright>\n<pubDate>{rfc822(d(15, 16, 45), gmt=True)}</pubDate>\n<image>\n<title>Rheinwelle</title>\n<url>https://static.rheinwelle.example/image/rw-logo.png</url>\n<link>https://www.rheinwelle.example/en/</link>\n</image>")
    text = rss(channel, rows)
    return feed("en_de_rheinwelle_world.rss.xml", text, items, lang="en", outlet="Rheinwelle", aliases=["RW", "Rheinwelle International"],
                structure="DW English-style (Bonn) public international broadcaster's world RSS from its feed service: no indentation, channel 'Brand: BRAND.tld - World' with <image>, links and guids carrying a '?maca=en-rss-en-world-4025-rdf' tracking query (escaped &-free), description BEFORE category and pubDate, no author element, plain teasers (one without final stop, one with a missing space before a straight quote, one with a blank line), titles double-escaped by the CMS ('&amp;#039;' = a literal '&#039;'), a live-blog teaser and a photo gallery, a bare '2027 Brand' copyright, GMT dates")


# ---------------------------------------------------------------- RFE/RL-style Pangea CMS (Prague), full content
def roerh():
    rows, items = [], []

    def add(aid, slug, title, when, cat, creator, desc, body, exp):
        url = f"https://www.roerh.example/a/{slug}/{aid}.html"
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <description>{esc(desc)}</description>\n    <link>{url}</link>\n    <guid>https://www.roerh.example/a/{aid}.html</guid>\n"
                    f"    <pubDate>{rfc822(when, gmt=True)}</pubDate>\n    <category>{esc(cat)}</category>\n    {cr}\n    <content:encoded>{cd(body)}</content:encoded>\n"
                    f"    <enclosure url=\"https://gdb.roerh.example/{aid}_w1200.jpg\" length=\"91520\" type=\"image/jpeg\" />\n  </item>")
        items.append(exp(f"https://www.roerh.example/a/{aid}.html"))

    w = d(15, 15, 11)
    add(34210877, "georgia-parliament-foreign-influence-amendments", "Georgian Parliament Passes 'Foreign Influence' Amendments Despite EU Warnings", w, "Georgia", "Nino Beridze",
        "The amendments allow courts to freeze the assets of NGOs that receive more than 20 percent of their funding from abroad",
        "<p>TBILISI -- Georgia's parliament has passed amendments that allow courts to freeze the assets of NGOs that receive more than 20 percent of their funding from abroad.</p><p>\"This law closes the door to Europe for a generation,\" said Tamta Chkheidze, head of the Georgian Young Lawyers' Association.</p><p>The EU's foreign-policy chief said the bloc would review visa-free travel for Georgian diplomats.</p><p><em>With reporting by Reuters and AFP</em></p>",
        lambda k: it(k, "Georgian Parliament Passes 'Foreign Influence' Amendments Despite EU Warnings", w, ["Nino Beridze"], junk=["TBILISI --", "With reporting by"], quotes=[q("Tamta Chkheidze", "Georgian Young Lawyers' Association")]))
    w = d(15, 12, 40)
    add(34210529, "kazakhstan-detains-russian-draft-evaders", "Kazakhstan Detains Russian Conscription Evaders At Moscow's Request", w, "Kazakhstan", "ROE/RH's Kazakh Service",
        "Rights groups say at least 14 Russians have been held in Almaty and Astana since May",
        "<p>ALMATY, Kazakhstan -- Rights groups say at least 14 Russians who fled conscription have been held in Almaty and Astana since May on extradition warrants issued by Moscow.</p><p>Kazakhstan's Prosecutor-General's Office said each case would be reviewed individually.Lawyers say courts have so far approved every request</p>",
        lambda k: it(k, "Kazakhstan Detains Russian Conscription Evaders At Moscow's Request", w, [], junk=["ALMATY, Kazakhstan --"], note="Language-service desk credit, not a person."))
    w = d(15, 9, 55)
    add(34210311, "moldova-ukraine-open-joint-checkpoint-palanca", "Moldova, Ukraine Open Joint Border Checkpoint At Palanca", w, "Moldova", "Reuters",
        "Customs officers of both countries will check travelers and trucks in a single stop on the Odesa highway",
        "<p>Customs officers of both countries will check travelers and trucks in a single stop on the Odesa highway.</p><ul><li>Waiting times expected to halve</li><li>Funded by the EU with €18 million</li></ul>",
        lambda k: it(k, "Moldova, Ukraine Open Joint Border Checkpoint At Palanca", w, ["Reuters"], note="Agency as the only credit. [] is also correct"))
    w = d(14, 19, 20)
    add(34209870, "tajik-weightlifter-wins-asian-gold", "Tajik Weightlifter Wins First Asian Championship Gold For Dushanbe", w, "Sports", "ROE/RH's Tajik Service",
        "The 22-year-old lifted 187 kilograms in the clean and jerk in Tashkent",
        "<p>The 22-year-old lifted 187 kilograms in the clean and jerk in Tashkent.</p>",
        lambda k: it(k, "Tajik Weightlifter Wins First Asian Championship Gold For Dushanbe", w, [], rel=False, note="Sport; language-service desk credit."))
    w = d(14, 16, 0)
    add(34209655, "podcast-the-week-talk-caucasus-corridor", "Podcast: The Week Talk -- Is The Caucasus Corridor Dead?", w, "Podcasts", "",
        "Host Lydia Marsh talks to two analysts about the stalled transit route",
        "<p>Host Lydia Marsh talks to two analysts about the stalled transit route. Listen and subscribe wherever you get your podcasts.</p>",
        lambda k: it(k, "Podcast: The Week Talk -- Is The Caucasus Corridor Dead?", w, [], story=False, rel=False, note="Podcast episode."))
    w = d(14, 11, 30)
    add(34209402, "explainer-armenia-azerbaijan-peace-treaty", "Explainer: Why Armenia And Azerbaijan Still Haven't Signed Their Peace Treaty", w, "Caucasus", "Tamar Gelashvili and Arman Petrosyan",
        "The text was agreed more than two years ago. Baku wants Armenia to change its constitution first",
        "<p>The text was agreed more than two years ago. Baku wants Armenia to change its constitution first.</p><p>Yerevan says a referendum cannot be held before 2028.</p>",
        lambda k: it(k, "Why Armenia And Azerbaijan Still Haven't Signed Their Peace Treaty", w, ["Tamar Gelashvili", "Arman Petrosyan"], note="Two persons joined by 'and' in one dc:creator. Title label 'Explainer:' may be kept or dropped"))
    channel = ("  <title>ROE/RH - News</title>\n  <link>https://www.roerh.example/</link>\n  <description>Radio Open Europe/Radio Horizon</description>\n  <language>en</language>\n"
               "  <copyright>2027 ROE/RH, Inc.</copyright>\n  <ttl>60</ttl>\n"
               f"  <lastBuildDate>{rfc822(d(15, 15, 20), gmt=True)}</lastBuildDate>\n  <atom:link href=\"https://www.roerh.example/api/zpqiteuuiq\" rel=\"self\" type=\"application/rss+xml\" />")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"' + NS_ATOM + NS_DC + NS_CONTENT + ">\n<channel>\n" + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_cz_roerh_news_pangea.rss.xml", text, items, lang="en", outlet="ROE/RH", aliases=["Radio Open Europe/Radio Horizon", "Radio Open Europe"],
                structure="RFE/RL-style (Prague) US-funded broadcaster's English RSS from the Pangea CMS ('/api/z…' self link): two-space indentation, channel 'BRAND/BRAND - News' with a slash in the brand, description BEFORE link, guid = the short '/a/<id>.html' URL while link is '/a/<slug>/<id>.html', GMT dates, category, dc:creator holding a person, 'A and B', 'BRAND's Kazakh Service' desk credits, Reuters or nothing (an empty line), content:encoded with an upper-case 'CITY, Country --' double-hyphen dateline, a closing italic 'With reporting by Reuters and AFP', <ul> bullets, a missing space after a full stop, straight quotes, Title Case headlines with capitalised prepositions, an 'Explainer:' label and a podcast, enclosures with lengths, 'Brand, Inc.' copyright")


# ---------------------------------------------------------------- ANSA English-style wire (Rome), +0200
def rostra():
    rows, items = [], []
    o = 2

    def add(path, title, when, desc, exp):
        url = f"https://www.rostra.example/english/news/{path}.html"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(desc)}</description><pubDate>{rfc822(when)}</pubDate><guid>{url}</guid></item>")
        items.append(exp(url))

    dl = "(ROSTRA) - ROME, JUN 15 -"
    w = d(15, 17, 2, 0, o)
    add("world/2027/06/15/italy-india-defence-industry_7c1e0a52", "Italy, India agree to step up defence industry cooperation", w,
        f"{dl} Italy and India on Tuesday agreed to set up a joint working group on naval shipbuilding and drones. \"India is a strategic partner in the Indo-Pacific,\" Undersecretary for Defence Paola Ferraris told reporters after the talks at the Farnesina.",
        lambda k: it(k, "Italy, India agree to step up defence industry cooperation", w, [], junk=["(ROSTRA)", "ROME, JUN 15"], quotes=[q("Paola Ferraris", "Undersecretary for Defence")]))
    w = d(15, 14, 36, 0, o)
    add("world/2027/06/15/migrants-lampedusa-tunisia_4ab9c0d1", "Migrants: 400 rescued off Lampedusa, Tunisia stops 12 boats", w,
        "(ROSTRA) - LAMPEDUSA, JUN 15 - Coast guard vessels brought some 400 migrants to Lampedusa overnight, while the Tunisian navy said it had intercepted 12 boats off Sfax.The hotspot is holding three times its capacity",
        lambda k: it(k, "Migrants: 400 rescued off Lampedusa, Tunisia stops 12 boats", w, [], junk=["(ROSTRA)", "LAMPEDUSA, JUN 15"]))
    w = d(15, 12, 10, 0, o)
    add("sport/2027/06/15/napoli-danish-striker_99f0be13", "Soccer: Napoli sign Danish striker from Brentford", w,
        f"{dl} Napoli have signed the 24-year-old on a five-year contract, the club said.",
        lambda k: it(k, "Soccer: Napoli sign Danish striker from Brentford", w, [], rel=False, junk=["(ROSTRA)"]))
    w = d(15, 10, 48, 0, o)
    add("vatican/2027/06/15/pope-ukrainian-delegation-children_2d77e6aa", "Pope receives Ukrainian delegation on return of children", w,
        "(ROSTRA) - VATICAN CITY, JUN 15 - The pope on Tuesday received a delegation of Ukrainian officials and mothers of children taken to Russia, the Holy See press office said. The Vatican has helped return 62 children since last year",
        lambda k: it(k, "Pope receives Ukrainian delegation on return of children", w, [], junk=["(ROSTRA)", "VATICAN CITY, JUN 15"]))
    w = d(14, 19, 30, 0, o)
    add("culture/2027/06/14/colosseum-night-tours_1f3e8c70", "Colosseum night tours return for the summer", w,
        "(ROSTRA) - ROME, JUN 14 - Evening visits to the underground chambers resume on Friday.",
        lambda k: it(k, "Colosseum night tours return for the summer", w, [], rel=False, junk=["(ROSTRA)"]))
    w = d(15, 7, 0, 0, o)
    add("news/2027/06/15/rostra-english-agenda-june-15_0a0b0c0d", "ROSTRA English agenda for Tuesday, June 15", w,
        f"{dl} 10:00 Rome, Farnesina: Italy-India strategic dialogue. 12:30 Brussels: Eurogroup. 15:00 Milan: fashion week presentation.",
        lambda k: it(k, "ROSTRA English agenda for Tuesday, June 15", w, [], story=False, rel=False, note="Daily news agenda, not a story."))
    channel = ("<title>ROSTRA English - World</title><link>https://www.rostra.example/english/</link><description>ROSTRA English news from Italy and the world</description><language>en</language>"
               "<copyright>Copyright ROSTRA Società Cooperativa</copyright>")
    return feed("en_it_rostra_english_world.rss.xml", rss(channel, rows, sep=""), items, lang="en", outlet="ROSTRA", aliases=["Agenzia Rostra", "Rostra", "ROSTRA English"],
                structure="ANSA English-style (Rome) national news agency's English world RSS from a custom CMS: single line, channel 'BRAND English - World', '/english/news/<section>/YYYY/MM/DD/<slug>_<hex>.html' links as bare guids, no author element, every plain description opening with the '(BRAND) - CITY, MON D -' wire dateline (ROME, LAMPEDUSA, VATICAN CITY), 'Topic: sentence' titles ('Migrants:', 'Soccer:'), straight quotes with the speaker's title before the name, a missing space after a full stop, texts without final stop, a daily agenda, a cooperative as copyright holder, +0200 dates")


# ---------------------------------------------------------------- WAFA-style Palestinian news agency English (Ramallah), +0300
def bayader():
    rows, items = [], []
    o = 3

    def add(nid, title, when, desc, exp):
        url = f"https://english.bayader.example/Details/?ItemId={nid}"
        rows.append(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{esc(url)}</link>\n\t\t<guid isPermaLink=\"false\">{nid}</guid>\n\t\t<pubDate>{rfc822(when)}</pubDate>\n"
                    f"\t\t<description>{esc(desc)}</description>\n\t</item>")
        items.append(exp(str(nid)))

    w = d(15, 18, 10, 0, o)
    add(148291, "UN Security Council to hold emergency session on settlement expansion", w,
        "NEW YORK, Tuesday, June 15, 2027 (BAYADER) – The UN Security Council will hold an emergency session on Wednesday on Israel's approval of 3,400 new settlement units near Bethlehem, at the request of Algeria and Slovenia.\n\nThe Palestinian ambassador to the UN, Riyad Khalaf, said the session \"must end with more than words\".",
        lambda k: it(k, "UN Security Council to hold emergency session on settlement expansion", w, [], junk=["(BAYADER)", "NEW YORK, Tuesday"], quotes=[q("Riyad Khalaf", "Palestinian ambassador to the UN")]))
    w = d(15, 15, 45, 0, o)
    add(148277, "Foreign Minister receives Norwegian envoy, discusses donor conference", w,
        "RAMALLAH, Tuesday, June 15, 2027 (BAYADER) – Minister of Foreign Affairs and Expatriates Salwa Odeh received on Tuesday Norway's special envoy for the peace process, Ingrid Holm, and discussed preparations for the donor conference in Oslo in September",
        lambda k: it(k, "Foreign Minister receives Norwegian envoy, discusses donor conference", w, [], junk=["(BAYADER)", "RAMALLAH, Tuesday"]))
    w = d(15, 11, 20, 0, o)
    add(148259, "Israeli forces demolish 11 structures in Masafer Yatta", w,
        "HEBRON, Tuesday, June 15, 2027 (BAYADER) – Israeli forces demolished 11 homes and animal shelters in two hamlets of Masafer Yatta, south of Hebron, on Tuesday morning, local activists said.More than 60 people were left without shelter",
        lambda k: it(k, "Israeli forces demolish 11 structures in Masafer Yatta", w, [], junk=["(BAYADER)", "HEBRON, Tuesday"]))
    w = d(15, 9, 0, 0, o)
    add(148248, "Education Ministry sets date for Tawjihi results", w,
        "RAMALLAH, Tuesday, June 15, 2027 (BAYADER) – The Ministry of Education said the results of the general secondary examination will be announced on July 14.",
        lambda k: it(k, "Education Ministry sets date for Tawjihi results", w, [], rel=False, junk=["(BAYADER)"]))
    w = d(14, 20, 30, 0, o)
    add(148236, "Hebron grape festival opens with 120 exhibitors", w,
        "HEBRON, Monday, June 14, 2027 (BAYADER) – The annual festival runs until Saturday in the old city.",
        lambda k: it(k, "Hebron grape festival opens with 120 exhibitors", w, [], rel=False, junk=["(BAYADER)"]))
    w = d(15, 8, 30, 0, o)
    add(148241, "Gold and currency prices in Palestine today", w,
        "RAMALLAH, Tuesday, June 15, 2027 (BAYADER) – The US dollar: 3.61 shekels. The Jordanian dinar: 5.09 shekels. The euro: 3.92 shekels.",
        lambda k: it(k, "Gold and currency prices in Palestine today", w, [], story=False, rel=False, note="Daily currency table."))
    channel = ("\t<title>BAYADER - Palestine News &amp; Info Agency</title>\n\t<link>https://english.bayader.example/</link>\n\t<description>BAYADER English</description>\n\t<language>en-us</language>\n"
               "\t<copyright>BAYADER © 2027</copyright>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_ps_bayader_english.rss.xml", text, items, lang="en", outlet="BAYADER", aliases=["Bayader", "BAYADER News Agency", "Palestine News & Info Agency"],
                structure="WAFA-style (Ramallah) Palestinian national news agency's English RSS from a custom ASP.NET CMS: tab indentation, channel 'BRAND - Palestine News &amp; Info Agency', 'Details/?ItemId=<n>' links with numeric non-permalink guids, items not strictly in date order, no author element, plain descriptions opening with the 'CITY, Weekday, Month D, YYYY (BRAND) –' dateline (NEW YORK, RAMALLAH, HEBRON), a blank line between blocks, the speaker's function given as an apposition before the name, a missing space after a full stop, texts without final stop, a gold-and-currency price table, 'BRAND © YYYY' copyright, +0300 dates")


# ---------------------------------------------------------------- UN News-style news service (New York, Drupal), -0400
def assemblynews():
    rows, items = [], []
    o = -4

    def add(nid, title, when, desc, exp):
        path = f"/en/story/2027/06/{nid}"
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>https://news.assembly.example{path}</link>\n    <description>{esc(desc)}</description>\n"
                    f"    <pubDate>{rfc822(when)}</pubDate>\n    <dc:creator>Assembly News</dc:creator>\n    <guid isPermaLink=\"false\">{nid} at https://news.assembly.example</guid>\n  </item>")
        items.append(exp(f"{nid} at https://news.assembly.example"))

    w = d(15, 12, 5, 0, o)
    add(1162841, "Security Council to meet on West Bank settlement expansion", w,
        "<p>The Security Council will meet in emergency session on Wednesday to discuss Israel's approval of 3,400 settlement units near Bethlehem, which the Secretary-General described as \"a further blow to the two-State solution\"</p>",
        lambda k: it(k, "Security Council to meet on West Bank settlement expansion", w, [], note="Same event as the BAYADER item in this set."))
    w = d(15, 10, 40, 0, o)
    add(1162833, "Sudan: WFP warns ‘catastrophic hunger’ spreading in North Darfur", w,
        "<p>Nearly 800,000 people around El Fasher face famine conditions, the World Food Programme said on Tuesday.</p><p>“Families are eating leaves and animal feed,” said Leni Okafor, WFP’s country director in Sudan. “We have trucks waiting at the border that cannot move.”</p>",
        lambda k: it(k, "Sudan: WFP warns ‘catastrophic hunger’ spreading in North Darfur", w, [], quotes=[q("Leni Okafor", "WFP")]))
    w = d(14, 16, 30, 0, o)
    add(1162809, "INTERVIEW: Great Lakes envoy says Goma talks ‘our last window’", w,
        "<p>The Special Envoy for the Great Lakes region spoke to Assembly News about the talks between the DR Congo and Rwanda in Nairobi</p><p><strong>Assembly News:</strong> What is on the table?</p>",
        lambda k: it(k, "Great Lakes envoy says Goma talks ‘our last window’", w, [], note="Title label 'INTERVIEW:' may be kept or dropped"))
    w = d(14, 13, 0, 0, o)
    add(1162795, "World News in Brief: Haiti displacement, Myanmar aid convoy, ozone day", w,
        "<p>This is a round-up of the day’s news from across the Assembly system.</p><ul><li>Haiti: 50,000 more displaced in Artibonite</li><li>Myanmar: first aid convoy reaches Rakhine</li><li>Ozone layer: recovery on track</li></ul>",
        lambda k: it(k, "World News in Brief: Haiti displacement, Myanmar aid convoy, ozone day", w, [], story=False, rel=False, note="Daily round-up of several short items, not one story."))
    w = d(14, 9, 15, 0, o)
    add(1162780, "FROM THE FIELD: Reviving Fiji’s coral reefs, one fragment at a time", w,
        "<p>Divers from the village of Naviti are replanting corals grown in underwater nurseries.</p>",
        lambda k: it(k, "Reviving Fiji’s coral reefs, one fragment at a time", w, [], rel=False, note="Environment feature. Title label 'FROM THE FIELD:' may be kept or dropped"))
    w = d(13, 11, 0, 0, o)
    add(1162771, "Assembly Podcasts: The Lid is On – What a heatwave does to a city", w,
        "<p>In this episode, we visit Karachi.</p>",
        lambda k: it(k, "Assembly Podcasts: The Lid is On – What a heatwave does to a city", w, [], story=False, rel=False, note="Podcast episode."))
    channel = ("  <title>Assembly News - Global perspective Human stories</title>\n  <link>https://news.assembly.example/en</link>\n  <description>Top stories from the Assembly News service</description>\n  <language>en</language>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0" xml:base="https://news.assembly.example/en">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_int_assemblynews_topstories.rss.xml", text, items, lang="en", outlet="Assembly News", aliases=["Assembly News service"],
                structure="UN News-style news service of an intergovernmental organisation (New York) on Drupal views RSS: xml:base on <rss>, two-space indentation, channel 'Brand - Global perspective Human stories', '/en/story/YYYY/MM/<nid>' links, Drupal '<nid> at <site>' guids, dc:creator always the brand, escaped <p> descriptions with a standfirst without final stop, curly quotes and apostrophes in titles and text, a speaker named after the quote with the agency in a possessive ('WFP’s country director'), upper-case labels 'INTERVIEW:' and 'FROM THE FIELD:', an interview's Q&A opening, a 'World News in Brief' round-up and a podcast, -0400 dates; no copyright")


# ---------------------------------------------------------------- PTI-style Indian wire (New Delhi), +0530
def bps():
    rows, items = [], []
    o = 5.5

    def add(sid, title, when, desc, exp):
        url = f"https://www.bpsnews.example/story/national/{sid}"
        rows.append(f"<item>\n    <title>{cd(title)}</title>\n    <link>{url}</link>\n    <description>{cd(desc)}</description>\n    <guid isPermaLink=\"true\">{url}</guid>\n    <pubDate>{rfc822(when, h12=True)}</pubDate>\n</item>")
        items.append(exp(url))

    w = d(15, 19, 40, 0, o)
    add("BPS-DEL8821", "India, Pak hold first Indus Waters talks in three years in Vienna", w,
        "New Delhi, Jun 15 (BPS) India and Pakistan on Tuesday held their first meeting on the Indus Waters Treaty in three years, on the sidelines of the neutral expert's proceedings in Vienna. \"We have conveyed our position on the need to modify the treaty,\" MEA spokesperson Aditi Rao said at the weekly briefing. BPS AR SKY",
        lambda k: it(k, "India, Pak hold first Indus Waters talks in three years in Vienna", w, [], junk=["(BPS)", "New Delhi, Jun 15", "BPS AR SKY"], quotes=[q("Aditi Rao", "MEA")]))
    w = d(15, 16, 5, 0, o)
    add("BPS-DEL8790", "India, Maldives extend $750 mn currency swap", w,
        "By Rohit Sen<br/>Male, Jun 15 (BPS) India and the Maldives on Tuesday extended a $750 million currency swap arrangement by three years during the visit of the Maldivian finance minister to New Delhi.The swap helps the island nation cover import bills BPS RS NSD",
        lambda k: it(k, "India, Maldives extend $750 mn currency swap", w, ["Rohit Sen"], junk=["(BPS)", "By Rohit Sen", "BPS RS NSD"], note="Byline only in the text."))
    w = d(15, 13, 50, 0, o)
    add("BPS-TVM0412", "Monsoon reaches Kerala three days late: IMD", w,
        "Thiruvananthapuram, Jun 15 (BPS) The southwest monsoon set in over Kerala on Tuesday, three days behind its normal date, the India Meteorological Department said. BPS TGB KH",
        lambda k: it(k, "Monsoon reaches Kerala three days late: IMD", w, [], rel=False, junk=["(BPS)", "BPS TGB KH"]))
    w = d(15, 16, 40, 0, o)
    add("BPS-BUS3307", "Sensex ends 412 points higher on FII inflows", w,
        "Mumbai, Jun 15 (BPS) The BSE Sensex rose 412 points to close at 84,230.55 on Tuesday. BPS SUM HVA",
        lambda k: it(k, "Sensex ends 412 points higher on FII inflows", w, [], rel=False, junk=["(BPS)", "BPS SUM HVA"]))
    w = d(15, 9, 20, 0, o)
    add("BPS-FGN2210", "India's UN envoy slams 'selective' approach to terror listings", w,
        "United Nations, Jun 15 (BPS) India's Permanent Representative to the UN on Monday criticised what he called the \"selective and political\" blocking of terrorist listings in the Security Council's sanctions committee, in a veiled reference to China. BPS YAS ZH",
        lambda k: it(k, "India's UN envoy slams 'selective' approach to terror listings", w, [], junk=["(BPS)", "BPS YAS ZH"]))
    w = d(15, 17, 0, 0, o)
    add("BPS-GEN0001", "Top stories at 1700 hrs", w,
        "NATION DEL45 MONSOON-KERALA Monsoon reaches Kerala FOREIGN FGN12 INDIA-MALDIVES India, Maldives extend currency swap",
        lambda k: it(k, "Top stories at 1700 hrs", w, [], story=False, rel=False, note="Wire budget of slugs, not a story."))
    channel = ("<title>BPS News : Latest News</title>\n<link>https://www.bpsnews.example</link>\n<description>Bharat Press Syndicate - India's premier news agency</description>\n<language>en-in</language>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_in_bpsnews_latest.rss.xml", text, items, lang="en", outlet="BPS", aliases=["BPS News", "Bharat Press Syndicate"],
                structure="PTI-style (New Delhi) national news agency's 'Latest News' RSS from a custom CMS: channel 'BRAND News : Latest News', items at column 0 with four-space children, CDATA titles and descriptions, '/story/national/BPS-<desk><n>' permalink guids, pubDate on a 12-hour clock with AM/PM (+0530), no author element, wire copy opening with the 'City, Mon D (BRAND)' dateline WITHOUT a dash and ending with upper-case desk initials ('BPS AR SKY'), a 'By Name<br/>' byline before the dateline, 'Pak' and 'mn' headline abbreviations, a missing space after a full stop, a 'Top stories at 1700 hrs' slug budget; no copyright element")


# ---------------------------------------------------------------- Radio Sweden-style public broadcaster English service (Stockholm)
def radiomalar():
    rows, items = [], []

    def add(aid, slug, title, when, desc, exp, audio=None):
        url = f"https://www.radiomalar.example/artikel/{slug}"
        enc = f"\n      <enclosure url=\"{audio}\" length=\"0\" type=\"audio/mpeg\" />" if audio else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <description>{esc(desc)}</description>\n      <link>{url}</link>\n      <guid isPermaLink=\"false\">rss:radiomalar.example/article/{aid}</guid>\n"
                    f"      <pubDate>{rfc822(when, gmt=True)}</pubDate>{enc}\n    </item>")
        items.append(exp(f"rss:radiomalar.example/article/{aid}"))

    w = d(15, 13, 12)
    add(9120455, "sweden-to-send-air-defence-unit-to-finland", "Sweden to send air-defence unit to Finland's eastern border", w,
        "Around 150 soldiers and an IRIS-T battery will be deployed to south-eastern Finland from August as part of NATO's forward land forces. \"Finland's border is our border,\" Defence Minister Henrik Ståhl told Radio Mälar.",
        lambda k: it(k, "Sweden to send air-defence unit to Finland's eastern border", w, [], quotes=[q("Henrik Ståhl", "Defence Minister")]))
    w = d(15, 11, 0)
    add(9120398, "sweden-denmark-agree-to-end-oresund-id-checks", "Sweden and Denmark agree to end Öresund ID checks", w,
        "Train passengers between Copenhagen and Malmö will no longer need to show ID from September.The agreement was signed in Helsingborg",
        lambda k: it(k, "Sweden and Denmark agree to end Öresund ID checks", w, []))
    w = d(15, 8, 40)
    add(9120342, "stockholm-commuter-trains-disrupted", "Stockholm commuter trains disrupted by signal fault", w,
        "Trains between Södertälje and Uppsala were cancelled for most of the morning rush hour.",
        lambda k: it(k, "Stockholm commuter trains disrupted by signal fault", w, [], rel=False))
    w = d(14, 16, 30)
    add(9119870, "radio-malar-english-broadcast-june-14", "Radio Mälar English broadcast June 14, 2027", w,
        "Listen to the latest news from Sweden.",
        lambda k: it(k, "Radio Mälar English broadcast June 14, 2027", w, [], story=False, rel=False, note="Audio newscast."),
        audio="https://media.radiomalar.example/audio/english-20270614.mp3")
    w = d(14, 12, 15)
    add(9119801, "krona-strengthens-after-riksbank-holds-rate", "Krona strengthens after Riksbank holds rate", w,
        "The central bank kept its policy rate at 1.75 percent",
        lambda k: it(k, "Krona strengthens after Riksbank holds rate", w, [], rel=False))
    w = d(14, 9, 5)
    add(9119755, "foreign-minister-kyiv-demining", "Foreign minister in Kyiv pledges demining support", w,
        "Sweden will give 400 million kronor for clearing farmland in the Kharkiv region, Foreign Minister Elin Rosendahl announced during an unannounced visit to Kyiv on Monday.",
        lambda k: it(k, "Foreign minister in Kyiv pledges demining support", w, []))
    channel = ("    <title>Radio Mälar English</title>\n    <link>https://www.radiomalar.example/english</link>\n    <description>News in English from Sweden's public radio</description>\n    <language>en</language>\n"
               "    <copyright>Copyright Radio Mälar 2027</copyright>\n    <image>\n      <title>Radio Mälar English</title>\n      <link>https://www.radiomalar.example/english</link>\n      <url>https://static.radiomalar.example/logo/english.png</url>\n    </image>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n  <channel>\n' + channel + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_se_radiomalar_english.rss.xml", text, items, lang="en", outlet="Radio Mälar", aliases=["Radio Mälar English"],
                structure="Radio Sweden-style (Stockholm) public radio's English service RSS from its public API: two-space nested indentation, channel titled 'Brand English' with an <image>, description BEFORE link, 'rss:domain/article/<id>' non-permalink guids, no author element, GMT dates, plain descriptions with the speaker's title before the name, Swedish letters (ä, ö, å) in the brand and place names, a missing space after a full stop, a text without final stop, an audio newscast with an audio/mpeg enclosure of length 0, 'Copyright Brand YYYY'")


# ---------------------------------------------------------------- TAP-style Tunisian state news agency English (Tunis), +0100
def carthagepress():
    rows, items = [], []
    o = 1

    def add(nid, title, when, cat, desc, exp):
        url = f"https://www.cpa.example/en/{cat.lower()}/{nid}"
        rows.append(f"<item>\r\n<title>{esc(title)}</title>\r\n<link>{url}</link>\r\n<description>{esc(desc)}</description>\r\n<author>CPA</author>\r\n"
                    f"<category>{esc(cat)}</category>\r\n<pubDate>{rfc822(when)}</pubDate>\r\n<guid>{url}</guid>\r\n</item>")
        items.append(exp(url))

    w = d(15, 18, 25, 0, o)
    add(18042211, "Tunisia, Italy sign agreement on legal migration quotas", w, "National",
        "<p>Tunis, June 15 (CPA) - Tunisia and Italy on Tuesday signed an agreement allowing 12,000 Tunisian workers a year to take up seasonal jobs in Italy</p><p>The agreement was signed at the Ministry of Foreign Affairs by Foreign Minister Nabil Ferjani and the Italian Interior Minister.</p>",
        lambda k: it(k, "Tunisia, Italy sign agreement on legal migration quotas", w, [], junk=["(CPA)", "Tunis, June 15"], note="'CPA' (the agency) in <author> is not a person."))
    w = d(15, 15, 0, 0, o)
    add(18042190, "Tunisia, Libya reopen Ras Jedir border crossing after two-week closure", w, "National",
        "<p>Ben Guerdane, June 15 (CPA) - The Ras Jedir crossing reopened to travellers and goods on Tuesday morning.Hundreds of cars were waiting on both sides</p><p>\"Traffic is flowing normally,\" said Slim Gharbi, the governor of Medenine.</p>",
        lambda k: it(k, "Tunisia, Libya reopen Ras Jedir border crossing after two-week closure", w, [], junk=["(CPA)", "Ben Guerdane, June 15"], quotes=[q("Slim Gharbi", "governor of Medenine")]))
    w = d(15, 12, 30, 0, o)
    add(18042172, "Phosphate production up 12% in first five months", w, "Economy",
        "<p>Tunis, June 15 (CPA) - The Gafsa Phosphate Company produced 1.6 million tonnes between January and May.</p>",
        lambda k: it(k, "Phosphate production up 12% in first five months", w, [], rel=False, junk=["(CPA)"]))
    w = d(14, 22, 10, 0, o)
    add(18042140, "Friendly: Tunisia held to goalless draw by Mali", w, "Sport",
        "<p>Rades, June 14 (CPA) - The Carthage Eagles were held 0-0 at the Hammadi Agrebi stadium.</p>",
        lambda k: it(k, "Friendly: Tunisia held to goalless draw by Mali", w, [], rel=False, junk=["(CPA)"]))
    w = d(14, 17, 45, 0, o)
    add(18042122, "Sfax desalination plant enters service", w, "Regions",
        "<p>Sfax, June 14 (CPA) - The plant will supply 100,000 cubic metres of drinking water a day.</p>",
        lambda k: it(k, "Sfax desalination plant enters service", w, [], rel=False, junk=["(CPA)"]))
    w = d(14, 16, 0, 0, o)
    add(18042115, "Weather forecast for Tuesday", w, "National",
        "<p>Tunis, June 14 (CPA) - Hot and sunny. Temperatures between 32 and 38 degrees in the south.</p>",
        lambda k: it(k, "Weather forecast for Tuesday", w, [], story=False, rel=False, note="Weather forecast."))
    channel = ("<title>CPA - Carthage Press Agency</title>\r\n<link>https://www.cpa.example/en</link>\r\n<description>Carthage Press Agency - English news</description>\r\n<language>en-gb</language>\r\n<copyright>© CPA</copyright>")
    text = ('<?xml version="1.0" encoding="utf-8" ?>\r\n<rss version="2.0">\r\n<channel>\r\n' + channel + "\r\n" + "\r\n".join(rows) + "\r\n</channel>\r\n</rss>")
    return feed("en_tn_carthagepress_english.rss.xml", text, items, lang="en", outlet="Carthage Press Agency", aliases=["CPA"],
                structure="TAP-style (Tunis) state news agency's English RSS from a custom PHP CMS: CRLF line ends, no indentation and no trailing newline, channel 'BRAND - Full name', <author> on every item holding the agency initials (not an e-mail), category before pubDate, '/en/<category>/<id>' links as bare guids, escaped <p> descriptions opening with the 'City, Month D (BRAND) -' dateline, a standfirst without final stop, a missing space after a full stop, straight quotes, 'Friendly:' kicker, a weather forecast, '© BRAND' copyright, +0100 dates")


# ---------------------------------------------------------------- Slashdot-style RSS 1.0 (tech)
def slashline():
    lis, rows, items = [], [], []

    def add(sid, sec, title, when, editor, dept, body, exp):
        url = f"https://{sec}.slashline.example/story/27/06/15/{sid}/{re.sub('[^a-z0-9]+', '-', title.lower()).strip('-')}?utm_source=rss1.0mainlinkanon&amp;utm_medium=feed"
        lis.append(f'   <rdf:li rdf:resource="{url}" />')
        more = (f"<p><div class=\"share_submission\" style=\"position:relative;\"><a class=\"slashpop\" href=\"https://twitter.com/intent/tweet?text=x\"><img src=\"https://a.slashline.example/sd/twitter_icon_large.png\"></a></div></p>"
                f"<p><a href=\"https://{sec}.slashline.example/story/27/06/15/{sid}?utm_source=rss1.0moreanon&amp;utm_medium=feed\">Read more of this story</a> at Slashline.</p>"
                f"<iframe src=\"https://slashline.example/slashline-it.pl?op=discuss&amp;id={sid}&amp;smallembed=1\" style=\"height: 300px; width: 100%; border: none;\"></iframe>")
        rows.append(f"<item rdf:about=\"{url}\">\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(body + more)}</description>\n<dc:creator>{editor}</dc:creator>\n"
                    f"<dc:subject>{sec}</dc:subject>\n<dc:date>{when.isoformat()}</dc:date>\n<slash:department>{esc(dept)}</slash:department>\n<slash:section>{sec}</slash:section>\n<slash:comments>{len(body) % 300}</slash:comments>\n<slash:hit_parade>120,118,90,70,20,8,3</slash:hit_parade>\n</item>")
        items.append(exp(url.replace("&amp;", "&")))

    alt = "['{}'] is also correct"
    w = d(15, 17, 40)
    add("2045213", "tech", "EU Moves To Ban Chinese Inverters From Grid-Connected Solar Farms", w, "tvbeam", "keeping-the-lights-on",
        "An anonymous reader quotes a report from Reuters: <i>\"The European Commission on Tuesday proposed barring inverters made by Chinese companies from new solar and wind farms connected to the grid, citing the risk of remote shutdown. 'We cannot let a foreign power hold the off switch for our grid,' said Commission vice-president Lotte Brandt.\"</i> The proposal needs the backing of member states.",
        lambda k: it(k, "EU Moves To Ban Chinese Inverters From Grid-Connected Solar Farms", w, [], junk=["Read more of this story", "anonymous reader quotes", "keeping-the-lights-on"], quotes=[q("Lotte Brandt", "Commission")], note="dc:creator is the editor's site handle. " + alt.format("tvbeam")))
    w = d(15, 14, 20)
    add("2045190", "news", "Japan, Netherlands Align Export Curbs On Chip Cleaning Equipment", w, "kkrieger", "cleaning-up",
        "Slashline reader schwarzbrot writes: <i>Japan and the Netherlands will require export licences for wafer cleaning and metrology tools bound for China from September, matching rules announced by Washington in March. </i>",
        lambda k: it(k, "Japan, Netherlands Align Export Curbs On Chip Cleaning Equipment", w, [], junk=["Read more of this story", "writes:"], note="Editor's handle. " + alt.format("kkrieger")))
    w = d(15, 11, 0)
    add("2045152", "linux", "Linux 7.2 Released With New Deadline Scheduler Defaults", w, "tvbeam", "tick-tock",
        "The kernel's release notes list 14,000 commits from 2,100 developers.",
        lambda k: it(k, "Linux 7.2 Released With New Deadline Scheduler Defaults", w, [], rel=False, junk=["Read more of this story"], note="Editor's handle. " + alt.format("tvbeam")))
    w = d(14, 21, 30)
    add("2045101", "ask", "Ask Slashline: How Do You Archive Twenty Years of Email?", w, "kkrieger", "mbox-or-bust",
        "Longtime reader quietmoose asks: <i>I have 40GB of mail in three formats. What do you use?</i>",
        lambda k: it(k, "Ask Slashline: How Do You Archive Twenty Years of Email?", w, [], story=False, rel=False, note="Reader question thread."))
    w = d(14, 18, 0)
    add("2045088", "developers", "Study Finds Programmers Spend a Third of Their Time Reading Logs", w, "mireille", "grep-is-life",
        "A survey of 3,000 developers found that 31 percent of working time goes into reading logs and traces.",
        lambda k: it(k, "Study Finds Programmers Spend a Third of Their Time Reading Logs", w, [], rel=False, junk=["Read more of this story"], note="Editor's handle. " + alt.format("mireille")))
    w = d(14, 15, 10)
    add("2045061", "yro", "FCC Fines Carrier $57 Million Over Location Data Sales", w, "mireille", "where-are-you",
        "The fine is the largest privacy penalty the agency has imposed on a US mobile operator.",
        lambda k: it(k, "FCC Fines Carrier $57 Million Over Location Data Sales", w, [], rel=False, junk=["Read more of this story"], note="Editor's handle. " + alt.format("mireille")))
    head = ('<channel rdf:about="https://slashline.example/">\n<title>Slashline</title>\n<link>https://slashline.example/</link>\n<description>News for nerds, stuff that matters</description>\n<dc:language>en-us</dc:language>\n'
            '<dc:rights>Copyright 1999-2027, Slashline Media. All Rights Reserved.</dc:rights>\n<dc:publisher>Slashline Media</dc:publisher>\n<syn:updatePeriod>hourly</syn:updatePeriod>\n<syn:updateFrequency>1</syn:updateFrequency>\n'
            '<items>\n <rdf:Seq>\n' + "\n".join(lis) + "\n </rdf:Seq>\n</items>\n</channel>")
    text = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n\n<rdf:RDF\n xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"\n xmlns="http://purl.org/rss/1.0/"\n xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
            ' xmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n xmlns:syn="http://purl.org/rss/1.0/modules/syndication/"\n>\n\n' + head + "\n\n" + "\n\n".join(rows) + "\n\n</rdf:RDF>\n")
    return feed("en_tech_slashline_rdf.rdf", text, items, lang="en", outlet="Slashline", shape="rss1-rdf", topic="tech", encoding="latin-1", declared="ISO-8859-1",
                ctype="application/rdf+xml; charset=ISO-8859-1",
                structure="Slashdot-style tech news RSS 1.0 (rdf:RDF with the slash: and syn: modules): ISO-8859-1 declaration over ASCII bytes, rdf:about = link with '?utm_source=rss1.0mainlinkanon&amp;utm_medium=feed', dc:creator holding the EDITOR'S SITE HANDLE, dc:subject = section, dc:date with +00:00, slash:department ('from the x-y-z dept.' slug), slash:comments and slash:hit_parade, escaped descriptions with 'An anonymous reader quotes a report from X:' / 'Reader Y writes:' lead-ins and <i> quoted excerpts, a share_submission <div> with an icon, a 'Read more of this story at Brand.' link and a discussion <iframe> after every text, an 'Ask Brand:' reader question, dc:rights and dc:publisher with 'Media'")


# ---------------------------------------------------------------- NASA-style space agency newsroom on WordPress (science)
def heliosspace():
    rows, items = [], []
    o = -4

    def add(pid, slug, title, when, creator, cats, excerpt, exp):
        url = f"https://www.helios-space.example/news-release/{slug}/"
        cat = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{rfc822(when.astimezone(UTC))}</pubDate>{cat}\n"
                    f"\t\t<guid isPermaLink=\"false\">https://www.helios-space.example/?post_type=press-release&#038;p={pid}</guid>\n\n\t\t<description><![CDATA[{excerpt}<p>The post <a href=\"{url}\">{esc(title)}</a> appeared first on Helios.</p>\n]]></description>\n\t</item>")
        items.append(exp(f"https://www.helios-space.example/?post_type=press-release&p={pid}"))

    w = d(15, 14, 30, 0, o)
    add(612044, "helios-japan-sign-agreement-for-lunar-rover-ride", "Helios, Japan Sign Agreement for Astronaut Ride on Pressurized Lunar Rover", w, "Grace Whitfield", ["Artemis", "International Partnerships"],
        "<p>Helios and the Japanese space agency signed an agreement Tuesday under which Japan will provide a pressurized rover for crewed missions to the Moon, and a Japanese astronaut will fly on a future Artemis landing. &#8220;This is the deepest partnership we have ever built with an ally,&#8221; said Helios Administrator Daniel Okoye. [&#8230;]</p>",
        lambda k: it(k, "Helios, Japan Sign Agreement for Astronaut Ride on Pressurized Lunar Rover", w, ["Grace Whitfield"], junk=["appeared first on", "[…]", "[&#8230;]"], quotes=[q("Daniel Okoye", "Helios Administrator")], note="An international agreement; dc:creator is the press officer named on the release."))
    w = d(15, 10, 0, 0, o)
    add(612031, "uruguay-signs-lunar-exploration-accords", "Uruguay Becomes 60th Nation to Sign Lunar Exploration Accords", w, "Grace Whitfield", ["International Partnerships"],
        "<p>Uruguay on Tuesday became the 60th country to sign the Lunar Exploration Accords, which set out principles for the peaceful exploration of the Moon, Mars and asteroids [&#8230;]</p>",
        lambda k: it(k, "Uruguay Becomes 60th Nation to Sign Lunar Exploration Accords", w, ["Grace Whitfield"], junk=["appeared first on", "[&#8230;]"]))
    w = d(14, 16, 45, 0, o)
    add(612017, "helios-selects-companies-for-mars-sample-return-studies", "Helios Selects Companies for Mars Sample Return Studies", w, "Marcus Lee", ["Mars"],
        "<p>Four companies will receive up to $1.5 million each for 90-day design studies [&#8230;]</p>",
        lambda k: it(k, "Helios Selects Companies for Mars Sample Return Studies", w, ["Marcus Lee"], rel=False, junk=["appeared first on"]))
    w = d(14, 12, 0, 0, o)
    add(612009, "media-teleconference-asteroid-mission-results", "Helios to Host Media Teleconference on Asteroid Mission Results", w, "Marcus Lee", ["Media Advisory"],
        "<p>Media accreditation closes at 5 p.m. EDT on Wednesday, June 16 [&#8230;]</p>",
        lambda k: it(k, "Helios to Host Media Teleconference on Asteroid Mission Results", w, ["Marcus Lee"], story=False, rel=False, note="Media advisory, not a story."))
    w = d(13, 15, 30, 0, o)
    add(611998, "telescope-finds-water-vapor-in-sub-neptune-atmosphere", "Helios Telescope Finds Water Vapor in Atmosphere of a Sub-Neptune", w, "Priya Natarajan-Cole", ["Astrophysics"],
        "<p>The planet, 97 light-years away, orbits a red dwarf in the habitable zone [&#8230;]</p>",
        lambda k: it(k, "Helios Telescope Finds Water Vapor in Atmosphere of a Sub-Neptune", w, ["Priya Natarajan-Cole"], rel=False, junk=["appeared first on"]))
    w = d(12, 9, 10, 0, o)
    add(611980, "helios-astronaut-returns-from-space-station", "Helios Astronaut Returns to Earth After 186-Day Station Mission", w, "Marcus Lee", ["Space Station"],
        "<p>The capsule splashed down off the coast of California at 4:52 a.m. PDT [&#8230;]</p>",
        lambda k: it(k, "Helios Astronaut Returns to Earth After 186-Day Station Mission", w, ["Marcus Lee"], rel=False, junk=["appeared first on"]))
    channel = ("\t<title>News Releases - Helios</title>\n\t<atom:link href=\"https://www.helios-space.example/news-release/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>https://www.helios-space.example/</link>\n"
               "\t<description>Helios - the national space agency</description>\n\t<lastBuildDate>" + rfc822(d(15, 18, 31, 0, 0)) + "</lastBuildDate>\n\t<language>en-US</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n"
               "\t<generator>https://wordpress.org/?v=6.8.1</generator>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
            '\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_science_heliosspace_wp.rss.xml", text, items, lang="en", outlet="Helios", aliases=["Helios Space Agency"], topic="science",
                structure="NASA-style national space agency's 'News Releases' feed from WordPress (custom post type press-release): WordPress' standard RSS 2.0 template with tab indentation, sy: fields with their odd whitespace, generator, channel 'News Releases - Brand', CDATA dc:creator holding the press officer, several CDATA categories, '?post_type=press-release&#038;p=<id>' guids, +0000 dates, CDATA excerpts with &#8220;…&#8221; entities, the '[&#8230;]' excerpt marker and WordPress' 'The post X appeared first on Brand.' footer, an empty line where comments links would be, an international agreement and an accords signing beside missions, a media advisory; no copyright")


FEEDS = [rheinwelle, roerh, rostra, bayader, assemblynews, bps, radiomalar, carthagepress, slashline, heliosspace]
