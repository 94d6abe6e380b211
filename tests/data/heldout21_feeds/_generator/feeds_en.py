# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the twenty-first held-out set (world desks, tech, science), and the story
ids every module of this set writes into its sidecars. All outlets, people and quotations are
invented; countries, cities and institutions appear only as settings."""
import json
from dataclasses import dataclass, field

from lib import Feed, dt
from mk import NS_ATOM, NS_CONTENT, NS_DC, NS_MEDIA, atom, cdata, esc, it, q, rfc822, rss


# ---------------------------------------------------------------- story ids
@dataclass
class SFeed(Feed):
    """A Feed whose sidecar gives every story item a `story` id; items of different feeds
    that report the same development share it."""
    stories: dict = field(default_factory=dict)

    def expect(self) -> dict:
        e = super().expect()
        for key, item in e["items"].items():
            if item["is_story"]:
                item["story"] = self.stories[key]
        return e


class Col:
    """Collects the rows of one feed, its sidecar items and their story ids."""

    def __init__(self, prefix):
        self.prefix, self.rows, self.items, self.sids = prefix, [], [], {}

    def add(self, row, item, sid=None):
        self.rows.append(row)
        self.items.append(item)
        if item.is_story:
            self.sids[item.key] = sid or f"{self.prefix}-{len(self.items)}"


def feed(name, text, col, *, lang, outlet, structure, notes=None, shape="rss2", encoding="utf-8",
         ctype="application/rss+xml; charset=utf-8", declared="utf-8", topic="world", aliases=(),
         acceptable=("decoded",)):
    return SFeed(name=name, text=text, encoding=encoding, content_type=ctype, outlet_structure=structure,
                 language=lang, outlet=outlet, shape=shape, topic=topic, items=col.items, declared_encoding=declared,
                 notes=notes, outlet_aliases=list(aliases), acceptable_outcomes=list(acceptable), stories=col.sids)


def d(day, h, mi, s=0, off=0.0):
    return dt(2027, 11, day, h, mi, s, off)


# Stories that more than one feed of the set carries (the same development, any language).
KOSOVO = "x-serbia-kosovo-brussels-energy"
MALI = "x-algeria-recalls-ambassador-mali"
BORDER = "x-lithuania-closes-belarus-crossing"
COP = "x-cop32-closes-adaptation-deal"
MOGADISHU = "x-mogadishu-hotel-attack"
ESSEQUIBO = "x-venezuela-troops-guyana-icj"
INDUS = "x-indus-waters-neutral-expert-vienna"
GAS = "x-algeria-italy-transmed-capacity"
BHUTAN = "x-bhutan-china-boundary-talks"
BRIGADE = "x-german-brigade-lithuania-full-strength"
OPEC = "x-opec-plus-vienna-cut"
LVIV = "x-drones-hit-substations-lviv"
TRIPOLI = "x-tripoli-militia-clashes-mitiga"
SEYCHELLES = "x-india-seychelles-maritime-pact"
EUAID = "x-eu-summit-ukraine-aid-package"


# ---------------------------------------------------------------- Dow Jones-style world feed from Méthode (United States, -0500)
def exchangejournal():
    c = Col("ej")
    o = -5

    def add(path, slug, aid, title, when, desc, cat, kind, exp, sid=None):
        url = f"https://www.exchangejournal.example/{path}/{slug}-{aid}?mod=rss_world"
        guid = f"EJ-XJN-{aid:010d}"
        c.add(f"<item><title>{esc(title)}</title><link>{url}</link><description>{cdata(desc)}</description><content:encoded/>"
              f"<pubDate>{rfc822(when)}</pubDate><guid isPermaLink=\"false\">{guid}</guid><category>{cat}</category><ej:articletype>{esc(kind)}</ej:articletype>"
              f"<media:content xmlns:media=\"http://search.yahoo.com/mrss/\" url=\"https://images.exchangejournal.example/im-{aid}?width=700&amp;height=466\" type=\"image/jpeg\" medium=\"image\" height=\"466\" width=\"700\"><media:description>{esc(kind)}</media:description></media:content></item>",
              exp(guid), sid)

    w = d(17, 9, 41, 0, o)
    add("world/americas", "venezuela-masses-troops-near-guyana-border-as-world-court-hearing-opens", 40821377, "Venezuela Masses Troops Near Guyana Border as World Court Hearing Opens", w,
        "Caracas moved armored units to the edge of the disputed Essequibo region as lawyers for both countries began three days of arguments in The Hague.", "PAID", "Americas",
        lambda k: it(k, "Venezuela Masses Troops Near Guyana Border as World Court Hearing Opens", w, [], note="Dow Jones-style feed: no author element."), ESSEQUIBO)
    w = d(17, 7, 5, 0, o)
    add("world/europe", "lithuania-shuts-last-belarus-crossing-after-balloon-incursions", 40820954, "Lithuania Shuts Last Belarus Crossing After Balloon Incursions", w,
        "Vilnius said smuggling balloons had closed its main airport four times this month and accused Minsk of waging a hybrid campaign.", "FREE", "Europe",
        lambda k: it(k, "Lithuania Shuts Last Belarus Crossing After Balloon Incursions", w, []), BORDER)
    w = d(16, 21, 30, 0, o)
    add("world/africa", "climate-talks-in-addis-ababa-end-with-deal-on-adaptation-money", 40819602, "Climate Talks in Addis Ababa End With Deal on Adaptation Money", w,
        "Negotiators agreed to triple funds for poor countries to cope with floods and droughts, but left out any new pledge on phasing down fossil fuels", "PAID", "Africa",
        lambda k: it(k, "Climate Talks in Addis Ababa End With Deal on Adaptation Money", w, []), COP)
    w = d(16, 18, 12, 0, o)
    add("economy/housing", "home-sales-fall-for-third-month-as-mortgage-rates-climb", 40818811, "Home Sales Fall for Third Month as Mortgage Rates Climb", w,
        "Sales of previously owned homes dropped 2.1% in October, the National Association of Realtors said.", "PAID", "Housing",
        lambda k: it(k, "Home Sales Fall for Third Month as Mortgage Rates Climb", w, [], rel=False, note="US domestic economy."))
    w = d(16, 17, 40, 0, o)
    add("opinion", "the-trouble-with-tariff-diplomacy", 40817290, "Opinion | The Trouble With Tariff Diplomacy", w,
        "Using trade penalties to win concessions from allies has made Washington’s partners in Asia hedge toward Beijing.", "PAID", "Commentary (U.S.)",
        lambda k: it(k, "The Trouble With Tariff Diplomacy", w, [], note="Title label 'Opinion |' may be kept or dropped"))
    w = d(16, 16, 0, 0, o)
    add("podcasts/whats-news", "whats-news-why-oil-keeps-falling", 40817021, "What’s News: Why Oil Keeps Falling", w,
        "OPEC+ meets in Vienna as prices slide. Plus, the latest from the world court. Luke Vance hosts.", "FREE", "What's News",
        lambda k: it(k, "What’s News: Why Oil Keeps Falling", w, [], story=False, rel=False, note="Daily news podcast episode, not a story."))
    channel = ("<title>" + cdata("ExchangeJournal.com: World News") + "</title><link>https://www.exchangejournal.example/news/world</link><description>" + cdata("World News")
               + "</description><language>en-us</language>" + f"<lastBuildDate>{rfc822(d(17, 9, 45, 0, o))}</lastBuildDate>"
               + "<copyright>" + cdata("Exchange Journal Holdings &amp; Company, Inc.") + "</copyright>"
               "<image><url>https://images.exchangejournal.example/logos/ej-rss.png</url><title>ExchangeJournal.com: World News</title><link>https://www.exchangejournal.example/news/world</link></image>")
    ns = ' xmlns:ej="https://www.exchangejournal.example/rss/ns/"' + NS_DC + NS_CONTENT
    text = '<?xml version="1.0" encoding="UTF-8"?>' + f'<rss{ns} version="2.0"><channel>{channel}' + "".join(c.rows) + "</channel></rss>"
    return feed("en_us_exchangejournal_world_methode.rss.xml", text, c, lang="en", outlet="The Exchange Journal", aliases=["Exchange Journal", "ExchangeJournal.com"],
                ctype="text/xml; charset=UTF-8", declared="UTF-8",
                structure="Wall Street Journal / Dow Jones-style world feed (the feeds host behind a Méthode newsroom): one line with no final newline, namespaces BEFORE version, CDATA channel title 'Brand.com: World News', CDATA copyright naming the holding company with an escaped '&amp;amp;' inside CDATA, description (CDATA deck) BEFORE pubDate and an empty self-closed <content:encoded/>, '?mod=rss_world' tracking query on links, 'EJ-XJN-<10 digits>' non-permalink guids, <category> PAID/FREE (paywall flag, not a section), a private-namespace <ej:articletype> with the section, media:content declaring its own xmlns on every item with the section as media:description, no author element, decks without final stop, an 'Opinion |' title label, a daily podcast, -0500 dates")


# ---------------------------------------------------------------- LRT English-style public broadcaster (Lithuania, +0200)
def nrtenglish():
    c = Col("nrt")
    o = 2

    def add(aid, slug, title, when, creator, caption, body, exp, sid=None):
        url = f"https://www.nrt.example/en/news-in-english/19/{aid}/{slug}"
        cap = f"&lt;p&gt;&lt;em&gt;{esc(caption)}&lt;/em&gt;&lt;/p&gt;" if caption else ""
        cr = f"\n\t\t\t<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        c.add(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{url}</link>\n\t\t\t<description>{cap}{esc(body)}</description>{cr}\n"
              f"\t\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t\t<guid isPermaLink=\"true\">{url}</guid>\n\t\t</item>", exp(url), sid)

    w = d(17, 15, 48, 0, o)
    add(2481930, "lithuania-closes-medininkai-crossing-as-balloons-from-belarus-disrupt-vilnius-airport", "Lithuania closes Medininkai crossing as balloons from Belarus disrupt Vilnius airport", w, "NRT English, BNS",
        "Medininkai border checkpoint / D. Umbrasas / BNS",
        "<p>The government on Wednesday closed the last open road crossing with Belarus for at least a month, after smuggling balloons forced Vilnius Airport to halt flights for the fourth time in November.</p><p>“We will not let our airspace be used as a cigarette pipeline,” Interior Minister Rasa Kairienė told reporters.</p><p>Freight traffic will be redirected through Latvia and Poland.</p>",
        lambda k: it(k, "Lithuania closes Medininkai crossing as balloons from Belarus disrupt Vilnius airport", w, [], junk=["Medininkai border checkpoint", "D. Umbrasas / BNS"], quotes=[q("Rasa Kairienė", "Interior Minister")],
                     note="The brand and the agency BNS in one dc:creator; the photo caption and credit paragraph comes first. ['BNS'] is also correct"), BORDER)
    w = d(17, 12, 20, 0, o)
    add(2481877, "german-brigade-in-rudninkai-reaches-full-strength-defence-minister-says", "German brigade in Rūdninkai reaches full strength, defence minister says", w, "Eglė Valančiūtė, NRT RADIO",
        "Bundeswehr soldiers in Rūdninkai / NRT",
        "<p>About 4,800 German troops and 200 civilian staff are now based at the new garrison south of Vilnius, two years ahead of the original plan</p><p>The brigade will hold its first full exercise with Lithuanian units in February.</p>",
        lambda k: it(k, "German brigade in Rūdninkai reaches full strength, defence minister says", w, ["Eglė Valančiūtė"], junk=["Bundeswehr soldiers in Rūdninkai / NRT"], note="'Name, NRT RADIO' credit: the person only."), BRIGADE)
    w = d(17, 10, 2, 0, o)
    add(2481802, "seimas-passes-2028-budget-with-record-defence-spending", "Seimas passes 2028 budget with record defence spending", w, "NRT English",
        None,
        "<p>Lawmakers approved the budget by 78 votes to 41.The opposition said the health and education lines had been cut to fund the army.</p>",
        lambda k: it(k, "Seimas passes 2028 budget with record defence spending", w, [], rel=False, note="Lithuanian domestic politics; the brand as dc:creator."))
    w = d(16, 22, 15, 0, o)
    add(2481655, "zalgiris-edge-olympiacos-in-euroleague-thriller", "Žalgiris edge Olympiacos in EuroLeague thriller", w, "NRT Sport",
        "Žalgiris Arena / BNS",
        "<p>Kaunas won 88-86 after a last-second three-pointer.</p>",
        lambda k: it(k, "Žalgiris edge Olympiacos in EuroLeague thriller", w, [], rel=False, junk=["Žalgiris Arena / BNS"], note="Desk credit."))
    w = d(16, 18, 30, 0, o)
    add(2481590, "lithuania-to-host-ukraine-recovery-conference-in-2028", "Lithuania to host Ukraine Recovery Conference in 2028", w, "Tomas Gerulaitis, NRT TELEVISION",
        None,
        "<p>The conference, which gathers donors and private investors, will take place in Vilnius next June</p><p>Lithuania has pledged 0.25 percent of its GDP a year to Ukraine’s defence until the end of the war.</p>",
        lambda k: it(k, "Lithuania to host Ukraine Recovery Conference in 2028", w, ["Tomas Gerulaitis"]))
    w = d(16, 9, 0, 0, o)
    add(2481498, "vilnius-calling-podcast-episode-112", "LISTEN: Vilnius Calling, episode 112 – winter on the border", w, None,
        None,
        "<p>Our weekly podcast in English. Subscribe on your favourite platform.</p>",
        lambda k: it(k, "LISTEN: Vilnius Calling, episode 112 – winter on the border", w, [], story=False, rel=False, note="Podcast episode, not a story."))
    channel = ("\t\t<title>NRT English – News in English</title>\n\t\t<link>https://www.nrt.example/en/news-in-english</link>\n\t\t<description>Nacionalinis radijas ir televizija – news from Lithuania in English</description>\n"
               f"\t\t<language>en</language>\n\t\t<pubDate>{rfc822(d(17, 15, 50, 0, o))}</pubDate>\n\t\t<copyright>VšĮ Nacionalinis radijas ir televizija</copyright>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"' + NS_DC + '>\n\t<channel>\n' + channel + "\n" + "\n".join(c.rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_lt_nrtenglish_news.rss.xml", text, c, lang="en", outlet="NRT English", aliases=["NRT", "Nacionalinis radijas ir televizija"],
                structure="LRT English-style (Vilnius public broadcaster's English service) RSS from a custom CMS: tab indentation, channel 'Brand – News in English' with an en dash, the broadcaster's full Lithuanian name in the description and copyright (a public institution, VšĮ), description BEFORE dc:creator and pubDate, guid AFTER pubDate, '/en/news-in-english/19/<id>/<slug>' permalink guids, escaped <p> bodies whose first paragraph is an italic photo caption 'What / Photographer / AGENCY', dc:creator holding 'Brand, BNS', 'Name, NRT RADIO', 'Name, NRT TELEVISION', 'NRT Sport', the brand or nothing, Lithuanian diacritics in names and places, standfirst without final stop and a missing space after a full stop, a 'LISTEN:' podcast, +0200 dates")


# ---------------------------------------------------------------- Stabroek News-style daily on WordPress.com (Guyana, pubDate +0000)
def demeraratribune():
    c = Col("dt")

    def add(pid, slug, title, when, creator, cats, excerpt, content, exp, sid=None):
        url = f"https://demeraratribune.example/{when:%Y/%m/%d}/news/{slug}/"
        guid = f"http://demeraratribune.wordpress.com/?p={pid}"
        cat = "".join(f"\n\t\t<category><![CDATA[{x}]]></category>" for x in cats)
        grav = f"https://0.gravatar.com/avatar/{pid * 7919:x}{pid:x}?s=96&#38;d=identicon&#38;r=G"
        pix = f'<img alt="" border="0" src="https://pixel.wp.com/b.gif?host=demeraratribune.example&#038;blog=48211907&#038;post={pid}&#038;subd=demeraratribune&#038;ref=&#038;feed=1" width="1" height="1" />'
        c.add(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t<comments>{url}#respond</comments>\n\t\t\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n"
              f"\t\t<pubDate>{rfc822(when.astimezone(dt(2027, 1, 1).tzinfo))}</pubDate>{cat}\n\t\t<guid isPermaLink=\"false\">{guid}</guid>\n\n\t\t\t\t\t<description><![CDATA[{excerpt}]]></description>\n"
              f"\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{content}{pix}]]></content:encoded>\n\t\t\n\t\t\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t<slash:comments>0</slash:comments>\n\t\n"
              f"\t\t<media:content url=\"{grav}\" medium=\"image\">\n\t\t\t<media:title type=\"html\">{esc(creator)}</media:title>\n\t\t</media:content>\n\t</item>", exp(guid), sid)

    o = -4
    w = d(17, 6, 30, 0, o)
    add(388412, "govt-rejects-venezuelan-troop-build-up-as-icj-hearing-opens", "Gov’t rejects Venezuelan troop build-up as ICJ hearing opens", w, "Staff Writer", ["Featured", "News"],
        "Government yesterday condemned what it called a &#8220;provocative&#8221; deployment of Venezuelan armoured units along the Cuyuní River as the International Court of Justice opened hearings on the Essequibo [&#8230;]",
        "<p>Government yesterday condemned what it called a &#8220;provocative&#8221; deployment of Venezuelan armoured units along the Cuyuní River as the International Court of Justice opened hearings on the Essequibo controversy.</p><p>&#8220;Guyana will not be intimidated while the Court is seized of the matter,&#8221; Foreign Secretary Rhonda Bascom said in a statement.</p><p>The hearings continue until Friday.</p>",
        lambda k: it(k, "Gov’t rejects Venezuelan troop build-up as ICJ hearing opens", w, [], junk=["[…]", "[&#8230;]"], quotes=[q("Rhonda Bascom", "Foreign Secretary")], note="'Staff Writer' is a staff credit; WordPress.com's author gravatar media:content carries it again."), ESSEQUIBO)
    w = d(17, 5, 45, 0, o)
    add(388405, "guyana-offers-forest-carbon-credits-at-addis-talks", "Guyana offers forest carbon credits at Addis talks", w, "Kamala Persaud", ["News", "World"],
        "Guyana told the COP32 climate conference in Addis Ababa that it would sell a further 20 million tonnes of forest carbon credits to airlines [&#8230;]",
        "<p>Guyana told the COP32 climate conference in Addis Ababa that it would sell a further 20 million tonnes of forest carbon credits to airlines under the UN aviation scheme.</p><p>Half of the revenue goes to a fund for hinterland villages.</p><p><a class=\"more-link\" href=\"https://demeraratribune.example/2027/11/17/news/guyana-offers-forest-carbon-credits-at-addis-talks/#more-388405\">Continue reading <span class=\"screen-reader-text\">&#8220;Guyana offers forest carbon credits at Addis talks&#8221;</span></a></p>",
        lambda k: it(k, "Guyana offers forest carbon credits at Addis talks", w, ["Kamala Persaud"], junk=["Continue reading", "[…]"]))
    w = d(17, 5, 10, 0, o)
    add(388399, "caricom-heads-to-meet-in-georgetown-on-haiti-mission", "Caricom heads to meet in Georgetown on Haiti mission", w, "Demerara Tribune", ["News", "Region"],
        "Caribbean Community heads of government will hold a special meeting at the Arthur Chung Conference Centre on Monday [&#8230;]",
        "<p>Caribbean Community heads of government will hold a special meeting at the Arthur Chung Conference Centre on Monday to decide whether to extend their police contribution to the security mission in Haiti</p><p>Jamaica, Belize and the Bahamas have about 400 officers in the mission.</p>",
        lambda k: it(k, "Caricom heads to meet in Georgetown on Haiti mission", w, [], junk=["[…]"], note="The brand as dc:creator."))
    w = d(16, 19, 0, 0, o)
    add(388371, "canje-bridge-contract-awarded-to-chinese-firm", "Canje bridge contract awarded", w, "Marcus Ramotar", ["News"],
        "The $US210 million contract for the new four-lane Canje River bridge has been awarded, Public Works Minister [&#8230;]",
        "<p>The $US210 million contract for the new four-lane Canje River bridge has been awarded, the Ministry of Public Works said.Construction starts in January.</p>",
        lambda k: it(k, "Canje bridge contract awarded", w, ["Marcus Ramotar"], rel=False, junk=["[…]"], note="Domestic infrastructure."))
    w = d(16, 17, 20, 0, o)
    add(388360, "harpy-eagle-fc-clinch-elite-league-title", "Harpy Eagle FC clinch Elite League title", w, "Sports Desk", ["Sports"],
        "Harpy Eagle FC clinched the Elite League title with two games to spare after beating Fruta Conquerors 3-1 at the [&#8230;]",
        "<p>Harpy Eagle FC clinched the Elite League title with two games to spare after beating Fruta Conquerors 3-1 at the National Training Centre.</p>",
        lambda k: it(k, "Harpy Eagle FC clinch Elite League title", w, [], rel=False, junk=["[…]"], note="Desk credit."))
    w = d(16, 14, 0, 0, o)
    add(388347, "in-pictures-diwali-motorcade", "In Pictures: Diwali motorcade", w, "Photo Desk", ["Photos"],
        "Scenes from Sunday night&#8217;s Diwali motorcade along Vlissengen Road. [&#8230;]",
        "<p>Scenes from Sunday night&#8217;s Diwali motorcade along Vlissengen Road.</p><figure class=\"wp-block-gallery\"><figure class=\"wp-block-image\"><img src=\"https://demeraratribune.files.wordpress.com/2027/11/diwali-1.jpg\" alt=\"\"/><figcaption>A float from Cove and John (Photo: Kemal Singh)</figcaption></figure></figure>",
        lambda k: it(k, "In Pictures: Diwali motorcade", w, [], story=False, rel=False, note="Photo gallery, not a story."))
    channel = ("\t<title>Demerara Tribune</title>\n\t<atom:link href=\"https://demeraratribune.example/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>https://demeraratribune.example</link>\n"
               "\t<description>Guyana&#039;s independent daily</description>\n" f"\t<lastBuildDate>{rfc822(d(17, 10, 30, 0, 0))}</lastBuildDate>\n\t<language>en</language>\n"
               "\t<sy:updatePeriod>hourly</sy:updatePeriod>\n\t<sy:updateFrequency>1</sy:updateFrequency>\n\t<generator>http://wordpress.com/</generator>\n"
               "<cloud domain='demeraratribune.example' port='80' path='/?rsscloud=notify' registerProcedure='' protocol='http-post' />\n"
               "<image>\n\t\t<url>https://demeraratribune.files.wordpress.com/2024/02/cropped-dt-icon.png?w=32</url>\n\t\t<title>Demerara Tribune</title>\n\t\t<link>https://demeraratribune.example</link>\n\t</image>\n"
               "\t<atom:link rel=\"search\" type=\"application/opensearchdescription+xml\" href=\"https://demeraratribune.example/osd.xml\" title=\"Demerara Tribune\" />\n\t<atom:link rel='hub' href='https://demeraratribune.example/?pushpress=hub'/>")
    ns = (NS_CONTENT + '\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\t' + NS_DC.strip() + '\n\t' + NS_ATOM.strip() + '\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t'
          + 'xmlns:georss="http://www.georss.org/georss"\n\txmlns:geo="http://www.w3.org/2003/01/geo/wgs84_pos#"\n\t' + NS_MEDIA.strip() + "\n\t")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\t' + ns.lstrip() + ">\n\n<channel>\n" + channel + "\n" + "\n".join(c.rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_gy_demeraratribune_wpcom.rss.xml", text, c, lang="en", outlet="Demerara Tribune", aliases=["The Demerara Tribune"], declared="UTF-8", ctype="application/rss+xml; charset=UTF-8",
                structure="Stabroek News-style Georgetown daily hosted on WordPress.com: the wordpress.com generator, <cloud> rssCloud element, opensearch and PuSH-hub atom:links, georss/geo namespaces, tab indentation with WordPress's stray blank lines, all pubDates on +0000 (UTC), '?p=<id>' non-permalink guids on the old *.wordpress.com host, CDATA dc:creator holding a person, 'Staff Writer', 'Sports Desk', 'Photo Desk' or the brand, several CDATA categories, excerpt descriptions ending in ' [&#8230;]', content:encoded ending in WordPress.com's 1×1 stats pixel <img>, one 'Continue reading \"Title\"' more-link, media:content pointing at the AUTHOR'S gravatar with the credit as media:title, a quote in curly-quote entities, a missing space after a full stop, an 'In Pictures:' gallery with a '(Photo: Name)' figcaption")


# ---------------------------------------------------------------- APS-style state news agency's English service on Joomla (Algeria, +0100)
def tassilipresse():
    c = Col("tp")
    o = 1

    def add(aid, slug, title, when, author, cat, body, exp, sid=None):
        url = f"https://www.tassilipresse.example/en/{cat.lower()}/{aid}-{slug}"
        au = f"\n\t\t\t<author>{esc(author)}</author>" if author else ""
        c.add(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{url}</link>\n\t\t\t<guid isPermaLink=\"true\">{url}</guid>\n\t\t\t<description><![CDATA[{body}]]></description>{au}\n"
              f"\t\t\t<category>{esc(cat)}</category>\n\t\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t</item>", exp(url), sid)

    w = d(17, 14, 25, 0, o)
    add(61207, "algeria-recalls-ambassador-to-mali-after-drone-crash-near-tinzaouatine", "Algeria recalls ambassador to Mali after drone crash near Tinzaouatine", w, "webmaster@tassilipresse.example (TPA)", "World",
        "<p><strong>ALGIERS-</strong> Algeria on Wednesday recalled its ambassador to Bamako for consultations, after a Malian army drone crashed on Algerian territory near Tinzaouatine, the Ministry of Foreign Affairs said in a communiqué.</p><p>&quot;This is the third violation of our airspace since September,&quot; the communiqué said, adding that Algeria &quot;reserves the right to respond&quot;.</p>",
        lambda k: it(k, "Algeria recalls ambassador to Mali after drone crash near Tinzaouatine", w, [], junk=["ALGIERS-"], note="Joomla writes <author> as 'e-mail (Name)'; here the name is the agency's initials."), MALI)
    w = d(17, 12, 0, 0, o)
    add(61195, "sonatrach-and-italian-partner-agree-to-raise-transmed-capacity", "Sonatrach, Italian partner agree to raise Transmed pipeline capacity", w, "webmaster@tassilipresse.example (Nadia Bouzid)", "Economy",
        "<p><strong>ALGIERS-</strong> Sonatrach and Italy&#39;s Energia Tirrena signed an agreement in Algiers on Wednesday to raise the capacity of the Transmed gas pipeline by 4 billion cubic metres a year from 2029.</p><p>The agreement was signed in the presence of the Minister of Energy and Mines and the Italian ambassador.</p>",
        lambda k: it(k, "Sonatrach, Italian partner agree to raise Transmed pipeline capacity", w, ["Nadia Bouzid"], junk=["ALGIERS-", "webmaster@"], note="Person in Joomla's 'e-mail (Name)' <author>."), GAS)
    w = d(17, 10, 40, 0, o)
    add(61188, "president-receives-credentials-of-five-new-ambassadors", "President of the Republic receives credentials of five new ambassadors", w, "webmaster@tassilipresse.example (TPA)", "World",
        "<p><strong>ALGIERS-</strong> The President of the Republic received on Wednesday at El Mouradia Palace the credentials of the new ambassadors of Indonesia, Chile, Norway, Ghana and Kazakhstan</p>",
        lambda k: it(k, "President of the Republic receives credentials of five new ambassadors", w, [], junk=["ALGIERS-"]))
    w = d(16, 19, 15, 0, o)
    add(61170, "opec-plus-algeria-backs-extension-of-production-cuts", "OPEC+: Algeria backs extension of production cuts until June 2028", w, "webmaster@tassilipresse.example (Karim Hadjadj)", "Economy",
        "<p><strong>VIENNA-</strong> Algeria supported the decision of the OPEC+ ministerial meeting held Tuesday in Vienna to extend voluntary production cuts of 2.2 million barrels per day until the end of June 2028.</p><p>Algeria&#39;s share of the cut remains 48,000 barrels per day.</p>",
        lambda k: it(k, "OPEC+: Algeria backs extension of production cuts until June 2028", w, ["Karim Hadjadj"], junk=["VIENNA-"]), OPEC)
    w = d(16, 17, 30, 0, o)
    add(61163, "ligue-1-mc-alger-held-by-cr-belouizdad", "Ligue 1: MC Alger held by CR Belouizdad in Algiers derby", w, None, "Sports",
        "<p><strong>ALGIERS-</strong> MC Alger and CR Belouizdad drew 1-1 on Tuesday at the Nelson Mandela stadium.</p>",
        lambda k: it(k, "Ligue 1: MC Alger held by CR Belouizdad in Algiers derby", w, [], rel=False, junk=["ALGIERS-"]))
    w = d(16, 8, 0, 0, o)
    add(61150, "tpa-agenda-tuesday-16-november-2027", "TPA agenda for Tuesday 16 November 2027", w, "webmaster@tassilipresse.example (TPA)", "Agenda",
        "<p>09:00 Council of Ministers, Government Palace</p><p>10:30 Opening of the International Book Fair, Safex</p><p>15:00 Press conference of the Minister of Housing</p>",
        lambda k: it(k, "TPA agenda for Tuesday 16 November 2027", w, [], story=False, rel=False, note="The agency's daily agenda, not a story."))
    channel = ("\t\t<title>World - Tassili Press Agency</title>\n\t\t<description><![CDATA[Tassili Press Agency - Official news agency]]></description>\n\t\t<link>https://www.tassilipresse.example/en/world</link>\n"
               f"\t\t<lastBuildDate>{rfc822(d(17, 14, 30, 0, o))}</lastBuildDate>\n\t\t<generator>Joomla! - Open Source Content Management</generator>\n"
               "\t\t<atom:link rel=\"self\" type=\"application/rss+xml\" href=\"https://www.tassilipresse.example/en/world?format=feed&amp;type=rss\"/>\n\t\t<language>en-gb</language>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n<rss version="2.0"' + NS_ATOM + '>\n\t<channel>\n'
            + channel + "\n" + "\n".join(c.rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_dz_tassilipresse_english_joomla.rss.xml", text, c, lang="en", outlet="Tassili Press Agency", aliases=["TPA", "Tassili Press"],
                structure="APS-style (Algiers) state news agency's English service on Joomla's RSS view (?format=feed&type=rss): a '<!-- generator=\"Joomla! …\" -->' comment after the declaration, tab indentation, channel 'Section - Brand' with a CDATA description, language en-gb, permalink guids '/en/<category>/<id>-<alias>', CDATA <p> descriptions opening with a bold upper-case 'CITY-' dateline (no space before the hyphen), quotes in &quot; entities and &#39; apostrophes inside CDATA, Joomla's <author> written as 'e-mail (Name)' holding the agency's initials or a person, or missing, <category> after <author>, the agency's daily agenda, no copyright, +0100 dates")


# ---------------------------------------------------------------- Garowe Online-style Somali news site (Somalia, +0300)
def nugaalonline():
    c = Col("no")
    o = 3

    def add(aid, slug, title, when, author, body, exp, sid=None, sec="news/world"):
        url = f"https://www.nugaalonline.example/en/{sec}/{slug}"
        au = "<author/>" if author is None else f"<author>{esc(author)}</author>"
        c.add(f"<item>\n<guid isPermaLink=\"false\">NO{aid}</guid>\n<title>{esc(title)}</title>\n<link>{url}</link>\n{au}\n<pubDate>{rfc822(when)}</pubDate>\n<description>{esc(body)}</description>\n</item>", exp(f"NO{aid}"), sid)

    w = d(17, 13, 55, 0, o)
    add(90417, "al-shabaab-gunmen-storm-mogadishu-hotel-near-villa-somalia", "Al-Shabaab gunmen storm Mogadishu hotel near Villa Somalia", w, "Nugaal Online",
        "MOGADISHU, Somalia - At least 11 people were killed when al-Shabaab gunmen stormed a hotel used by lawmakers near the presidential palace on Wednesday, police said.<br /><br />\"The siege ended after six hours and all five attackers are dead,\" police spokesman Abdikadir Warsame told reporters.<br /><br />READ ALSO: <a href=\"https://www.nugaalonline.example/en/news/somalia/security-checkpoints-tightened-in-mogadishu\">Security checkpoints tightened in Mogadishu</a>",
        lambda k: it(k, "Al-Shabaab gunmen storm Mogadishu hotel near Villa Somalia", w, [], junk=["MOGADISHU, Somalia -", "READ ALSO", "Security checkpoints tightened"], quotes=[q("Abdikadir Warsame", "police")], note="The brand as <author>."), MOGADISHU)
    w = d(17, 11, 10, 0, o)
    add(90409, "ethiopia-somalia-agree-to-keep-troops-in-aussom-until-2029", "Ethiopia, Somalia agree to keep troops in AUSSOM until 2029", w, "Hassan Abdi Jama",
        "ADDIS ABABA, Ethiopia - Ethiopia will keep about 2,500 soldiers in the African Union Support and Stabilization Mission in Somalia until 2029 under a deal signed on Tuesday<br /><br />The agreement ends two years of tension over Ethiopia's port deal with Somaliland.",
        lambda k: it(k, "Ethiopia, Somalia agree to keep troops in AUSSOM until 2029", w, ["Hassan Abdi Jama"], junk=["ADDIS ABABA, Ethiopia -"]))
    w = d(16, 20, 45, 0, o)
    add(90398, "un-warns-three-million-somalis-face-hunger-as-deyr-rains-fail", "UN warns three million Somalis face hunger as Deyr rains fail", w, "Fartun Nur",
        "GENEVA - The UN humanitarian office said on Tuesday that its appeal for Somalia was only 28 percent funded.Aid agencies have cut food rations in Baidoa and Dhusamareb camps.",
        lambda k: it(k, "UN warns three million Somalis face hunger as Deyr rains fail", w, ["Fartun Nur"], junk=["GENEVA -"]))
    w = d(16, 15, 30, 0, o)
    add(90386, "puntland-rejects-federal-electoral-law-says-it-will-hold-own-vote", "Puntland rejects federal electoral law, says it will hold own vote", w, "Nugaal Online",
        "GAROWE, Puntland - Puntland's cabinet said on Tuesday that it would not take part in the one-person-one-vote elections planned by Mogadishu and would hold its own local elections in March.",
        lambda k: it(k, "Puntland rejects federal electoral law, says it will hold own vote", w, [], rel=False, junk=["GAROWE, Puntland -"], note="Somali domestic politics; the brand as <author>."), sec="news/somalia")
    w = d(16, 11, 0, 0, o)
    add(90375, "garowe-general-hospital-opens-maternity-wing", "Garowe General Hospital opens new maternity wing", w, "",
        "GAROWE, Puntland - The 40-bed wing was built with funds from the diaspora.",
        lambda k: it(k, "Garowe General Hospital opens new maternity wing", w, [], rel=False, junk=["GAROWE, Puntland -"], note="Local news; empty <author/>."), sec="news/somalia")
    w = d(16, 9, 30, 0, o)
    add(90369, "live-puntland-presidential-debate", "LIVE: Watch the Puntland presidential candidates' debate", w, None,
        "Live stream from Garowe, starting at 8pm local time.",
        lambda k: it(k, "LIVE: Watch the Puntland presidential candidates' debate", w, [], story=False, rel=False, note="Live video stream announcement, not a story."), sec="video")
    channel = ("<title>Nugaal Online | English</title>\n<link>https://www.nugaalonline.example/en</link>\n<description>Somalia news from Garowe, Puntland</description>\n<language>en</language>\n"
               "<copyright>Copyright (c) 2027 Nugaal Online. All rights reserved.</copyright>\n" f"<lastBuildDate>{rfc822(d(17, 14, 0, 0, o))}</lastBuildDate>")
    return feed("en_so_nugaalonline_news.rss.xml", rss(channel, c.rows), c, lang="en", outlet="Nugaal Online",
                structure="Garowe Online-style (Puntland, Somalia) English news site RSS from a custom PHP CMS: no indentation, channel 'Brand | English', guid FIRST as 'NO<id>' non-permalink, <author> holding a person, the brand, an empty element or an empty self-closed <author/>, escaped plain-text descriptions whose paragraphs are separated by <br /><br />, upper-case 'CITY, Region -' datelines with a plain hyphen, straight double quotes, a missing space after a full stop, a 'READ ALSO:' related link, a live-stream announcement, 'Copyright (c)' line, +0300 dates")


# ---------------------------------------------------------------- Samoa Observer-style Atom feed (Samoa, +13:00)
def upoluobserver():
    c = Col("uo")
    o = 13

    def add(aid, sec, slug, title, when, upd, authors, content, exp, sid=None):
        url = f"https://www.upoluobserver.example/article/{aid}"
        au = "".join(f"\n    <author>\n      <name>{esc(a)}</name>\n    </author>" for a in authors)
        c.add(f"  <entry>\n    <title type=\"html\">{esc(title)}</title>\n    <link href=\"{url}\" rel=\"alternate\" type=\"text/html\"/>\n    <id>{url}</id>\n    <updated>{upd.isoformat()}</updated>\n    <published>{when.isoformat()}</published>{au}\n"
              f"    <category term=\"{sec}\"/>\n    <content type=\"html\">{esc(content)}</content>\n  </entry>", exp(url), sid)

    w = d(18, 9, 20, 0, o)
    add(118204, "world", "pacific", "Pacific leaders hail Addis deal, say it falls short on loss and damage", w, d(18, 11, 2, 0, o), ["Lanuola Tupufia-Ah Tong"],
        "<p>Pacific island leaders welcomed the agreement reached at the COP32 climate conference in Addis Ababa to triple adaptation finance, but said the loss and damage fund was still &ldquo;an empty bucket&rdquo;.</p><p>&ldquo;We came for a lifeline and we leave with a promise,&rdquo; said Tavita Leavasa, Samoa&rsquo;s chief climate negotiator.</p><p><strong>Also read: </strong><a href=\"https://www.upoluobserver.example/article/118160\">Samoa delegation arrives in Addis</a></p>",
        lambda k: it(k, "Pacific leaders hail Addis deal, say it falls short on loss and damage", w, ["Lanuola Tupufia-Ah Tong"], junk=["Also read", "Samoa delegation arrives in Addis"], quotes=[q("Tavita Leavasa", "Samoa’s chief climate negotiator")],
                     note="HTML named entities (&ldquo; &rsquo;) inside escaped Atom content."), COP)
    w = d(17, 16, 45, 0, o)
    add(118189, "world", "pacific", "China funds new wharf at Salelologa", w, d(17, 16, 45, 0, o), ["Upolu Observer"],
        "<p>China will pay for a new 180-metre wharf at Salelologa under a grant agreement signed in Apia on Wednesday.The Australian High Commission said Canberra had offered to fund the same project last year</p>",
        lambda k: it(k, "China funds new wharf at Salelologa", w, [], note="The brand as the Atom author."))
    w = d(17, 13, 0, 0, o)
    add(118177, "world", "pacific", "Tonga, Samoa sign seasonal worker pact with New Zealand", w, d(17, 14, 30, 0, o), ["Ioana Chan Mow", "Sina Lavea"],
        "<p>The three-way agreement lets workers move between employers in New Zealand&rsquo;s horticulture sector without losing their visas.</p><p>About 19,000 Pacific workers took part in the scheme last year.</p>",
        lambda k: it(k, "Tonga, Samoa sign seasonal worker pact with New Zealand", w, ["Ioana Chan Mow", "Sina Lavea"], note="Two Atom <author> elements."))
    w = d(17, 10, 10, 0, o)
    add(118170, "politics", "samoa", "Parliament passes land registration amendment", w, d(17, 10, 10, 0, o), ["Sina Lavea"],
        "<p>The amendment passed its third reading 34 votes to 16 after an all-night sitting.</p>",
        lambda k: it(k, "Parliament passes land registration amendment", w, ["Sina Lavea"], rel=False, note="Samoan domestic politics."))
    w = d(16, 19, 30, 0, o)
    add(118151, "sports", "rugby", "Manu Samoa name squad for Europe tour", w, d(16, 19, 30, 0, o), ["Observer Sports"],
        "<p>Eight uncapped players are in the 32-man squad for matches against Georgia, Spain and Italy A.</p>",
        lambda k: it(k, "Manu Samoa name squad for Europe tour", w, [], rel=False, note="Desk credit."))
    w = d(16, 15, 0, 0, o)
    add(118140, "gallery", "photos", "Gallery: Teuila Festival night parade", w, d(16, 15, 0, 0, o), ["Observer Photographers"],
        "<p>Photos from the opening night parade along Beach Road.</p><figure><img src=\"https://www.upoluobserver.example/uploads/118140-1.jpg\"/><figcaption>Photo: Afamasaga Fa&rsquo;alogo</figcaption></figure>",
        lambda k: it(k, "Gallery: Teuila Festival night parade", w, [], story=False, rel=False, note="Photo gallery."))
    head = ('  <id>https://www.upoluobserver.example/</id>\n  <title>Upolu Observer</title>\n  <subtitle>Samoa&#x27;s independent daily since 1979</subtitle>\n'
            f"  <updated>{d(18, 11, 2, 0, o).isoformat()}</updated>\n  <link href=\"https://www.upoluobserver.example/feed/atom\" rel=\"self\" type=\"application/atom+xml\"/>\n"
            "  <link href=\"https://www.upoluobserver.example/\" rel=\"alternate\" type=\"text/html\"/>\n  <icon>https://www.upoluobserver.example/favicon.ico</icon>\n  <rights>© Upolu Observer Company Ltd</rights>\n"
            "  <generator uri=\"https://github.com/jpmonette/feed\">https://github.com/jpmonette/feed</generator>")
    text = atom(head, c.rows, ns=' xml:lang="en-WS"', decl='<?xml version="1.0" encoding="utf-8"?>')
    return feed("en_ws_upoluobserver_world.atom.xml", text, c, lang="en", outlet="Upolu Observer", aliases=["The Upolu Observer"], shape="atom", ctype="application/atom+xml; charset=utf-8",
                structure="Samoa Observer-style (Apia) daily's Atom feed written by the Node 'feed' package behind a JavaScript front end: two-space indentation, xml:lang en-WS on <feed>, <id> FIRST, subtitle with a hex entity, the package's URL as <generator>, title type=\"html\", <id> = the '/article/<id>' URL, <updated> BEFORE <published>, one <author> per credit (persons, the brand, 'Observer Sports', 'Observer Photographers'), <category term> with the section, escaped html content with HTML named entities (&ldquo; &rdquo; &rsquo;) that only the HTML layer resolves, a bold 'Also read:' link, a missing space after a full stop and a standfirst without final stop, a photo gallery with a 'Photo: Name' figcaption, Company Ltd rights, +13:00 (Samoa) stamps")


# ---------------------------------------------------------------- Kuensel-style daily's JSON Feed from the WordPress JSON Feed plugin (Bhutan, +06:00)
def drukherald():
    c = Col("dh")
    o = 6
    items = []

    def add(pid, slug, title, when, authors, tags, html, text, exp, sid=None, summary=None):
        url = f"https://drukherald.example/{slug}/"
        entry = {"id": f"https://drukherald.example/?p={pid}", "url": url, "title": title, "content_html": html, "content_text": text,
                 "date_published": when.isoformat(), "date_modified": when.isoformat(),
                 "authors": [{"name": a, "url": f"https://drukherald.example/author/{a.lower().replace(' ', '-')}/", "avatar": "https://secure.gravatar.com/avatar/0?s=512&d=mm&r=g"} for a in authors],
                 "author": {"name": authors[0], "url": f"https://drukherald.example/author/{authors[0].lower().replace(' ', '-')}/", "avatar": "https://secure.gravatar.com/avatar/0?s=512&d=mm&r=g"},
                 "image": f"https://drukherald.example/wp-content/uploads/2027/11/{pid}.jpg", "tags": tags}
        if summary:
            entry["summary"] = summary
        items.append(entry)
        c.add("", exp(entry["id"]), sid)

    w = d(17, 18, 5, 0, o)
    add(228841, "bhutan-china-hold-26th-round-of-boundary-talks-in-beijing", "Bhutan, China hold 26th round of boundary talks in Beijing", w, ["Tshering Palden"], ["Boundary", "China", "Foreign Affairs"],
        "<p>Bhutan and China concluded the 26th round of boundary talks in Beijing yesterday and agreed to speed up the three-step roadmap signed in 2021.</p>\n<p>&#8220;Both sides expressed satisfaction with the work of the expert group,&#8221; said a statement from the Ministry of Foreign Affairs and External Trade.</p>\n",
        "Bhutan and China concluded the 26th round of boundary talks in Beijing yesterday and agreed to speed up the three-step roadmap signed in 2021.\n“Both sides expressed satisfaction with the work of the expert group,” said a statement from the Ministry of Foreign Affairs and External Trade.",
        lambda k: it(k, "Bhutan, China hold 26th round of boundary talks in Beijing", w, ["Tshering Palden"], quotes=[q("Ministry of Foreign Affairs and External Trade")], note="The quote is attributed to the ministry's statement."), BHUTAN)
    w = d(17, 16, 30, 0, o)
    add(228835, "india-to-fund-gelephu-kokrajhar-rail-link", "India to fund Gelephu–Kokrajhar rail link", w, ["Yangchen C Rinzin", "Dechen Wangmo"], ["Economy", "India"],
        "<p>India will fund the 69km railway linking Gelephu to Kokrajhar in Assam, the first rail line into Bhutan</p>\n<ul>\n<li>Work to start in 2028</li>\n<li>Line to serve the Gelephu Mindfulness City</li>\n</ul>\n",
        "India will fund the 69km railway linking Gelephu to Kokrajhar in Assam, the first rail line into Bhutan\nWork to start in 2028\nLine to serve the Gelephu Mindfulness City",
        lambda k: it(k, "India to fund Gelephu–Kokrajhar rail link", w, ["Yangchen C Rinzin", "Dechen Wangmo"], note="Two authors in JSON Feed 1.1 'authors' (the 1.0 'author' names only the first)."))
    w = d(17, 12, 15, 0, o)
    add(228826, "bhutan-presents-carbon-negative-report-at-cop32", "Bhutan presents carbon-negative report at COP32", w, ["Druk Herald"], ["Climate", "Environment"],
        "<p>Bhutan&#8217;s delegation presented its fourth national communication at COP32 in Addis Ababa, showing that the country absorbs three times more carbon than it emits.The report also warns of glacial lake outburst floods in Lunana.</p>\n",
        "Bhutan’s delegation presented its fourth national communication at COP32 in Addis Ababa, showing that the country absorbs three times more carbon than it emits.The report also warns of glacial lake outburst floods in Lunana.",
        lambda k: it(k, "Bhutan presents carbon-negative report at COP32", w, [], note="The brand as author."))
    w = d(16, 17, 0, 0, o)
    add(228810, "thimphu-thromde-to-charge-waste-collection-fees", "Thimphu Thromde to charge waste collection fees from January", w, ["Nima Wangdi"], ["Thimphu"],
        "<p>Households will pay Nu 150 a month for waste collection.</p>\n",
        "Households will pay Nu 150 a month for waste collection.",
        lambda k: it(k, "Thimphu Thromde to charge waste collection fees from January", w, ["Nima Wangdi"], rel=False))
    w = d(16, 14, 20, 0, o)
    add(228802, "dungkar-archery-club-wins-national-championship", "Dungkar archery club wins national championship", w, ["Sports Reporter"], ["Sports"],
        "<p>Dungkar beat Yangphel 25-19 in the final at Changlimithang.</p>\n",
        "Dungkar beat Yangphel 25-19 in the final at Changlimithang.",
        lambda k: it(k, "Dungkar archery club wins national championship", w, [], rel=False, note="Desk credit."))
    w = d(16, 6, 0, 0, o)
    add(228790, "e-paper-16-november-2027", "E-paper: 16 November 2027", w, ["Druk Herald"], ["E-paper"],
        "<p><a href=\"https://drukherald.example/epaper/2027-11-16.pdf\">Download today&#8217;s paper (PDF)</a></p>\n",
        "Download today’s paper (PDF)",
        lambda k: it(k, "E-paper: 16 November 2027", w, [], story=False, rel=False, note="Link to the day's PDF edition, not a story."),
        summary="Download today’s paper (PDF)")
    doc = {"version": "https://jsonfeed.org/version/1.1",
           "user_comment": "This feed allows you to read the posts from this site in any feed reader that supports the JSON Feed format. To add this feed to your reader, copy the following URL -- https://drukherald.example/feed/json/ -- and add it your reader.",
           "home_page_url": "https://drukherald.example", "feed_url": "https://drukherald.example/feed/json/", "language": "en-US",
           "title": "The Druk Herald", "description": "Bhutan’s national newspaper", "icon": "https://drukherald.example/wp-content/uploads/2024/01/cropped-dh-512.png",
           "items": items}
    text = json.dumps(doc, indent=4, ensure_ascii=True).replace("/", "\\/")
    return feed("en_bt_drukherald_world.json", text, c, lang="en", outlet="The Druk Herald", aliases=["Druk Herald"], shape="jsonfeed", ctype="application/feed+json; charset=UTF-8", declared=None,
                structure="Kuensel-style (Thimphu) national daily's JSON Feed 1.1 from the WordPress 'JSON Feed' plugin (/feed/json/): PHP json_encode output with four-space indentation, every '/' escaped as '\\/' and every non-ASCII character as a \\uXXXX escape, the plugin's long user_comment, language en-US, '?p=<id>' ids with the permalink as url, content_html with WordPress &#8217;/&#8220; entities AND content_text with the same text as plain characters, JSON Feed 1.1 'authors' beside the 1.0 'author' (first author only), gravatar avatars, tags, date_published = date_modified on +06:00, authors holding persons, the brand or 'Sports Reporter', <ul> bullets and a standfirst without final stop, a missing space after a full stop, an e-paper PDF link post with a summary; no copyright")


# ---------------------------------------------------------------- BTA English-style national news agency (Bulgaria, +0200)
def vitoshanews():
    c = Col("vna")
    o = 2

    def add(aid, title, when, body, exp, sid=None):
        url = f"https://www.vitoshanews.example/en/news/{aid}"
        c.add(f"    <item>\n      <title>{cdata(title)}</title>\n      <link>{url}</link>\n      <guid>{url}</guid>\n      <pubDate>{rfc822(when)}</pubDate>\n      <description>{cdata(body)}</description>\n    </item>", exp(url), sid)

    w = d(17, 19, 32, 0, o)
    dl = "Brussels, November 17 (VNA correspondent Maria Petkova)"
    add(998412, "Serbia, Kosovo Leaders Agree in Brussels on Energy Deal Implementation", w,
        f"{dl} - The leaders of Serbia and Kosovo agreed in Brussels on Wednesday on a timetable for implementing the 2022 energy roadmap, EU foreign policy spokesperson Lotte Maes said after the talks.\n\n\"This is a small but concrete step,\" Maes said. The next round is scheduled for January.\n\n/DD/",
        lambda k: it(k, "Serbia, Kosovo Leaders Agree in Brussels on Energy Deal Implementation", w, ["Maria Petkova"], junk=["/DD/", "VNA correspondent", "Brussels, November 17"], quotes=[q("Lotte Maes", "EU foreign policy spokesperson")],
                     note="The correspondent is named only inside the dateline. [] is also correct"), KOSOVO)
    w = d(17, 17, 5, 0, o)
    add(998390, "EU Leaders Agree EUR 90 Bn Ukraine Package; Bulgaria to Host Repair Hub for Armoured Vehicles", w,
        "Brussels, November 17 (VNA) - EU leaders agreed at a summit in Brussels on a EUR 90 billion package for Ukraine for 2028-2029, Prime Minister's press office said\n\nUnder the deal Bulgaria will host a repair hub for Ukrainian armoured vehicles in Kazanlak.\n\n/RY/",
        lambda k: it(k, "EU Leaders Agree EUR 90 Bn Ukraine Package; Bulgaria to Host Repair Hub for Armoured Vehicles", w, [], junk=["/RY/", "(VNA)"]), EUAID)
    w = d(17, 14, 40, 0, o)
    add(998367, "Bulgaria, Greece Sign Agreement on Alexandroupolis-Burgas Rail Link", w,
        "Sofia, November 17 (VNA) - The transport ministers of Bulgaria and Greece signed in Sofia an agreement on the design of a rail link between the ports of Alexandroupolis, Burgas and Varna.The project is part of the Sea2Sea corridor.\n\n/NF/",
        lambda k: it(k, "Bulgaria, Greece Sign Agreement on Alexandroupolis-Burgas Rail Link", w, [], junk=["/NF/", "(VNA)"]))
    w = d(17, 12, 15, 0, o)
    add(998340, "Parliament Elects New Ombudsman", w,
        "Sofia, November 17 (VNA) - The National Assembly elected Stanislava Ilieva as Ombudsman with 141 votes in favour.\n\n/NF/",
        lambda k: it(k, "Parliament Elects New Ombudsman", w, [], rel=False, junk=["/NF/", "(VNA)"], note="Bulgarian domestic politics."))
    w = d(17, 10, 0, 0, o)
    add(998318, "Sofia Municipality Extends Metro Line 3 Tender Deadline", w,
        "Sofia, November 17 (VNA) - Bidders for the extension of Metro Line 3 to Ovcha Kupel 2 will have until January 15 to submit offers, the municipality said.\n\n/DD/",
        lambda k: it(k, "Sofia Municipality Extends Metro Line 3 Tender Deadline", w, [], rel=False, junk=["/DD/", "(VNA)"]))
    w = d(17, 8, 0, 0, o)
    add(998301, "VNA Daily Highlights for November 17", w,
        "Sofia, November 17 (VNA) - Main stories: Serbia-Kosovo talks in Brussels; EU summit; Parliament elects Ombudsman; weather.\n\n/RY/",
        lambda k: it(k, "VNA Daily Highlights for November 17", w, [], story=False, rel=False, note="Daily digest of headlines, not a story."))
    channel = ("    <title>Vitosha News Agency - English</title>\n    <link>https://www.vitoshanews.example/en</link>\n    <description>Vitosha News Agency - Bulgaria's national news agency</description>\n"
               "    <language>en</language>\n    <copyright>Vitosha News Agency</copyright>")
    text = '<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0">\n  <channel>\n' + channel + "\n" + "\n".join(c.rows) + "\n  </channel>\n</rss>\n"
    return feed("en_bg_vitoshanews_english.rss.xml", text, c, lang="en", outlet="Vitosha News Agency", aliases=["VNA"], declared="UTF-8",
                structure="BTA English-style (Sofia) national news agency RSS from a custom CMS: declaration with a space before '?>', two-space indentation, no namespaces, no lastBuildDate, channel 'Brand - English', CDATA Title Case headlines, '/en/news/<id>' bare guids, no author element, CDATA plain-text descriptions with blank lines (\\n\\n) between paragraphs, 'City, Month D (VNA) -' datelines (once naming the correspondent: 'VNA correspondent Name'), editor initials '/NF/' as the last line, 'EUR 90 Bn' amounts, a standfirst without final stop and a missing space after a full stop, a daily highlights digest, the agency as copyright holder, +0200 dates")


# ---------------------------------------------------------------- tech site on Hexo (hexo-generator-feed Atom)
def forkline():
    c = Col("fk")

    def add(slug, title, when, upd, tags, summary, content, exp, sid=None):
        url = f"https://forkline.example/{when:%Y/%m/%d}/{slug}/"
        cats = "".join(f'\n    <category term="{t}" scheme="https://forkline.example/tags/{t.lower().replace(" ", "-")}/"/>' for t in tags)
        c.add(f"  <entry>\n    <title>{esc(title)}</title>\n    <link href=\"{url}\"/>\n    <id>{url}</id>\n    <published>{ms(when)}</published>\n    <updated>{ms(upd)}</updated>\n    \n"
              f"    <content type=\"html\"><![CDATA[{content}]]></content>\n    \n    <summary type=\"html\">{esc(summary)}</summary>\n    {cats.strip()}\n  </entry>", exp(url), sid)

    def ms(w):
        from datetime import UTC
        return w.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")

    w = d(17, 15, 0, 0, 1)
    add("eu-fines-chip-toolmaker-over-russia-export-breaches", "EU fines Dutch chip toolmaker over export-control breaches to Russia", w, d(17, 16, 10, 0, 1), ["Policy", "Semiconductors"],
        "<p>The European Commission fined a Dutch maker of wafer-inspection tools €41 million for shipping spare parts to Russian fabs through a reseller in Kazakhstan</p>",
        "<p>The European Commission fined a Dutch maker of wafer-inspection tools €41 million for shipping spare parts to Russian fabs through a reseller in Kazakhstan</p><a id=\"more\"></a><p>&#8220;Sanctions stop at no border crossing,&#8221; said Commission trade spokesperson Pieter Aalders.</p><p><em>&#8212; Mira Sandoval</em></p>",
        lambda k: it(k, "EU fines Dutch chip toolmaker over export-control breaches to Russia", w, ["Mira Sandoval"], junk=["Mira Sandoval"], quotes=[q("Pieter Aalders", "Commission")], note="Hexo template has no entry author: the byline is only an italic '— Name' last paragraph of the content. [] is also correct"))
    w = d(17, 9, 30, 0, -8)
    add("undersea-cable-to-matsu-cut-again", "Undersea cable to Taiwan’s Matsu islands cut again: what we know", w, w, ["Infrastructure", "Taiwan"],
        "<p>Both cables to Matsu are down for the second time this year, and a Chinese-crewed freighter was in the area.</p>",
        "<p>Both cables to Matsu are down for the second time this year, and a Chinese-crewed freighter was in the area.</p><a id=\"more\"></a><ul><li>Microwave backup restored 4G service</li><li>Repair ship due in two weeks</li></ul>",
        lambda k: it(k, "Undersea cable to Taiwan’s Matsu islands cut again: what we know", w, []))
    w = d(16, 20, 0, 0, -8)
    add("review-nimbus-7", "Review: the Nimbus 7 is fast, loud and worth it", w, w, ["Reviews", "Laptops"],
        "<p>Twelve cores, a 240Hz screen and fans you will hear from the next room.</p>",
        "<p>Twelve cores, a 240Hz screen and fans you will hear from the next room.</p><a id=\"more\"></a><p>Battery life was 6 hours in our video test.</p>",
        lambda k: it(k, "Review: the Nimbus 7 is fast, loud and worth it", w, [], rel=False, note="Product review. Title label 'Review:' may be kept or dropped"))
    w = d(16, 16, 45, 0, -8)
    add("linux-6-19-released", "Linux 6.19 lands with the new scheduler and Rust GPU drivers", w, w, ["Linux", "Open Source"],
        "<p>The release adds the EEVDF follow-up scheduler and the first Rust driver for Arm Mali GPUs.</p>",
        "<p>The release adds the EEVDF follow-up scheduler and the first Rust driver for Arm Mali GPUs.</p>",
        lambda k: it(k, "Linux 6.19 lands with the new scheduler and Rust GPU drivers", w, [], rel=False))
    w = d(16, 11, 0, 0, -8)
    add("mowbotics-raises-40m", "Mowbotics raises $40m for robot lawnmowers that map your garden", w, w, ["Startups", "Robotics"],
        "<p>The Series B round was led by Halyard Ventures.</p>",
        "<p>The Series B round was led by Halyard Ventures.</p>",
        lambda k: it(k, "Mowbotics raises $40m for robot lawnmowers that map your garden", w, [], rel=False))
    w = d(15, 18, 0, 0, -8)
    add("forkline-live-tickets", "Forkline Live 2028: early-bird tickets now on sale", w, w, ["Events"],
        "<p>Join us in Oakland on March 4 for a day of talks. Early-bird prices end December 1.</p>",
        "<p>Join us in Oakland on March 4 for a day of talks. Early-bird prices end December 1.</p>",
        lambda k: it(k, "Forkline Live 2028: early-bird tickets now on sale", w, [], story=False, rel=False, note="Event ticket promotion, not a story."))
    head = ('  <title>The Forkline</title>\n  \n  <subtitle>Tech news for people who read changelogs</subtitle>\n  <link href="https://forkline.example/atom.xml" rel="self"/>\n  \n  <link href="https://forkline.example/"/>\n'
            f"  <updated>{ms(d(17, 16, 10, 0, 1))}</updated>\n  <id>https://forkline.example/</id>\n  \n  <author>\n    <name>The Forkline</name>\n    \n  </author>\n  \n  <generator uri=\"https://hexo.io/\">Hexo</generator>\n")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n' + head + "\n".join(c.rows) + "\n</feed>\n"
    return feed("en_tech_forkline_hexo.atom.xml", text, c, lang="en", outlet="The Forkline", aliases=["Forkline"], shape="atom", topic="tech", ctype="application/atom+xml; charset=utf-8",
                structure="hexo-generator-feed's default atom.xml template (a static tech-news site built with Hexo): two-space indentation with the template's empty lines, feed-level <author> holding the brand and NO entry authors, the generator uri, entry link without rel, <id> = URL, published/updated in UTC with milliseconds ('.000Z'), CDATA html content containing Hexo's '<a id=\"more\"></a>' excerpt marker, an escaped html summary that repeats the excerpt, <category term scheme> tags AFTER the summary, a byline only as an italic '— Name' last paragraph, euro amount, a standfirst without final stop, bullets, a 'Review:' label and an event-ticket promotion; no rights")


# ---------------------------------------------------------------- marine research institute on Liferay (ROME-written Atom 1.0)
def hardangerocean():
    c = Col("hio")

    def add(slug, title, when, author, summary, exp, sid=None):
        url = f"https://www.hardangerocean.example/en/news/-/asset_publisher/Qx7tLm2Vd9Ka/content/{slug}"
        c.add(f"<entry><title>{esc(title)}</title><link rel=\"alternate\" href=\"{url}\" /><author><name>{esc(author)}</name></author><id>{url}</id>"
              f"<updated>{z(when)}</updated><published>{z(when)}</published><summary type=\"html\">{esc(summary)}</summary><dc:creator>{esc(author)}</dc:creator><dc:date>{z(when)}</dc:date></entry>", exp(url), sid)

    def z(w):
        from datetime import UTC
        return w.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    w = d(17, 13, 0, 0, 1)
    add("scientists-advise-20-percent-cut-in-barents-sea-cod-quota-for-2028", "Scientists advise 20 percent cut in Barents Sea cod quota for 2028", w, "Ingrid Solheim",
        "The joint Norwegian-Russian working group recommends a total allowable catch of 271,000 tonnes. The Joint Norwegian-Russian Fisheries Commission meets in December to set the quota.",
        lambda k: it(k, "Scientists advise 20 percent cut in Barents Sea cod quota for 2028", w, ["Ingrid Solheim"], note="Fisheries advice negotiated between Norway and Russia: relevant for its bilateral angle."))
    w = d(17, 9, 30, 0, 3)
    add("ocean-acidification-data-presented-at-cop32", "Ocean acidification data presented at COP32 in Addis Ababa", w, "Test Test",
        "Researchers from the institute presented twenty years of pH measurements from the Norwegian Sea at a side event of the UN climate conference.",
        lambda k: it(k, "Ocean acidification data presented at COP32 in Addis Ababa", w, [], rel=False, note="Research presented at a side event: science news, not world affairs. 'Test Test' is Liferay's default administrator account, not a byline."))
    w = d(16, 14, 0, 0, 1)
    add("new-research-vessel-christened-in-bergen", "New research vessel christened in Bergen", w, "Communication Department",
        "RV Folgefonna will replace the 40-year-old RV Hardanger in the coastal monitoring programme from April",
        lambda k: it(k, "New research vessel christened in Bergen", w, [], rel=False, note="Department credit."))
    w = d(16, 10, 0, 0, 1)
    add("sea-lice-levels-fall-in-western-fjords", "Sea lice levels fall in western fjords", w, "Ola Brekke",
        "Counts of salmon lice on wild sea trout were the lowest since monitoring began in 2010.",
        lambda k: it(k, "Sea lice levels fall in western fjords", w, ["Ola Brekke"], rel=False))
    w = d(15, 12, 0, 0, 1)
    add("phd-defence-microplastics-in-arctic-sea-ice", "PhD defence: Microplastics in Arctic sea ice", w, "Communication Department",
        "Candidate: Sanna Virtanen. Time: 3 December, 10:15. Place: Auditorium 2, Nordnes.",
        lambda k: it(k, "PhD defence: Microplastics in Arctic sea ice", w, [], story=False, rel=False, note="Event announcement, not a story."))
    w = d(15, 9, 0, 0, 1)
    add("open-day-at-the-aquarium-lab", "Open day at the aquarium lab on 27 November", w, "Communication Department",
        "Meet our researchers and see the cod larvae tanks. Free entry, no registration needed.",
        lambda k: it(k, "Open day at the aquarium lab on 27 November", w, [], story=False, rel=False, note="Open-day announcement, not a story."))
    head = ('<title>News</title><link rel="alternate" href="https://www.hardangerocean.example/en/news" /><subtitle>News</subtitle>'
            f"<id>https://www.hardangerocean.example/en/news</id><updated>{z(d(17, 13, 0, 0, 1))}</updated><dc:date>{z(d(17, 13, 0, 0, 1))}</dc:date>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">' + head + "".join(c.rows) + "</feed>"
    return feed("en_science_hardangerocean_liferay.atom.xml", text, c, lang="en", outlet="Hardanger Institute of Ocean Research", aliases=["Hardanger Ocean Institute"], shape="atom", topic="science",
                ctype="application/atom+xml;charset=UTF-8", declared="UTF-8",
                structure="Liferay Asset Publisher Atom 1.0 feed (written by the ROME library) of a marine research institute's news page: everything after the declaration on one line with no final newline, feed titled only 'News' with the same subtitle, dc namespace with ROME's dc:creator and dc:date repeated on every entry beside Atom <author> and <updated>, '/-/asset_publisher/<instance id>/content/<url-title>' links as <id>, published = updated in UTC with a Z, authors holding persons, 'Communication Department' or 'Test Test' (Liferay's default administrator), escaped plain-text summaries (one without final stop), a PhD defence and an open-day announcement; no rights")


FEEDS = [exchangejournal, nrtenglish, demeraratribune, tassilipresse, nugaalonline, upoluobserver, drukherald, vitoshanews, forkline, hardangerocean]
