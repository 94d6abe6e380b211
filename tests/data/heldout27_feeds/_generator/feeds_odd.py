# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two broken or oddly encoded feeds of the twenty-seventh held-out set: a Warsaw public
radio's English service in Windows-1250 with no declared charset, and a Manila state news
agency's feed that is not well-formed XML. All outlets, people and quotations are invented."""
from h27 import d, esc, feed, it, q, rfc822


# ---------------------------------------------------------------- Windows-1250 bytes, no encoding in the prolog, 'text/xml' without charset
def wisla():
    rows, items = [], []
    base = "http://www.radiowisla.example"

    def add(aid, sec, title, when, creator, desc, exp):
        url = f"{base}/{sec}/Artykul/{aid}"
        cr = f"\r\n<author>{esc(creator)}</author>" if creator else ""
        rows.append(f"<item>\r\n<title>{esc(title)}</title>\r\n<link>{url}</link>\r\n<description>{esc(desc)}</description>{cr}\r\n<pubDate>{rfc822(when)}</pubDate>\r\n<guid>{url}</guid>\r\n</item>")
        items.append(exp(url))

    o = 1
    w = d(2020, 3, 13, 21, 40, 0, o)
    add(2468113, "7791", "Poland to close borders to foreigners from Sunday over coronavirus", w, "Michał Żółkiewski",
        "Poland will close its borders to foreign nationals for ten days from midnight on Saturday and suspend international flights and trains, the government in Warsaw announced. Polish citizens returning from abroad will have to quarantine for 14 days.",
        lambda k: it(k, "Poland to close borders to foreigners from Sunday over coronavirus", w, ["Michał Żółkiewski"],
                     note="Windows-1250 bytes (ł = 0xB3, Ż = 0xAF, ó = 0xF3) with NO encoding in the XML declaration and a Content-Type of 'text/xml' without charset. Border closure affecting foreigners and international transport: relevant."))
    w = d(2020, 3, 13, 18, 15, 0, o)
    add(2468040, "7791", "Visegrad Group leaders agree to coordinate border measures", w, "Agnieszka Śliwińska",
        "The prime ministers of Poland, the Czech Republic, Slovakia and Hungary held a video conference on Friday. “We must act together, not against each other,” said Zbigniew Ćwikła, the head of the Polish government’s Centre for Eastern Studies, after the talks.",
        lambda k: it(k, "Visegrad Group leaders agree to coordinate border measures", w, ["Agnieszka Śliwińska"],
                     quotes=[q("Zbigniew Ćwikła", "Centre for Eastern Studies")], note="Curly quotes and apostrophe are cp1250 bytes 0x93, 0x94, 0x92; Ś = 0x8C, Ć = 0xC6."))
    w = d(2020, 3, 13, 15, 0, 0, o)
    add(2467902, "7791", "Nord Stream 2: Poland’s competition office fines Gazprom", w, "Radio Wisła English Service",
        "Poland’s competition watchdog UOKiK has fined Russia’s Gazprom for failing to cooperate in an investigation into the Nord Stream 2 gas pipeline.",
        lambda k: it(k, "Nord Stream 2: Poland’s competition office fines Gazprom", w, [], note="Service name as author: []."))
    w = d(2020, 3, 13, 12, 30, 0, o)
    add(2467811, "7792", "Chopin piano festival in Duszniki-Zdrój postponed", w, "Radio Wisła English Service",
        "Organisers of the summer festival in the Lower Silesian spa town said it would move to the autumn.",
        lambda k: it(k, "Chopin piano festival in Duszniki-Zdrój postponed", w, [], rel=False, note="Culture."))
    w = d(2020, 3, 13, 10, 0, 0, o)
    add(2467750, "7793", "Ekstraklasa suspends season; Lech Poznań–Legia match called off", w, "Bartosz Kędzierski",
        "Poland’s top football league has suspended all matches until at least the end of March.",
        lambda k: it(k, "Ekstraklasa suspends season; Lech Poznań–Legia match called off", w, ["Bartosz Kędzierski"], rel=False, note="Sport; en dash 0x96 in the title."))
    w = d(2020, 3, 12, 19, 0, 0, o)
    add(2467610, "7794", "Podcast | Wisła Weekly: Łódź’s forgotten textile palaces", w, "Radio Wisła English Service",
        "Listen to this week’s programme.",
        lambda k: it(k, "Podcast | Wisła Weekly: Łódź’s forgotten textile palaces", w, [], story=False, rel=False,
                     note="Weekly radio programme page, not a story. Title label 'Podcast |' may be kept or dropped."))
    channel = (f"<title>Radio Wisła English Service - News</title>\r\n<link>{base}/7791</link>\r\n<description>News from Poland and Central Europe in English</description>\r\n"
               f"<language>en</language>\r\n<copyright>Radio Wisła S.A.</copyright>\r\n<lastBuildDate>{rfc822(d(2020, 3, 13, 21, 45, 0, o))}</lastBuildDate>")
    text = '<?xml version="1.0"?>\r\n<rss version="2.0">\r\n<channel>\r\n' + channel + "\r\n" + "\r\n".join(rows) + "\r\n</channel>\r\n</rss>\r\n"
    return feed("en_pl_radiowisla_news_cp1250_undeclared.rss.xml", text, items, lang="en", outlet="Radio Wisła", aliases=["Radio Wisła English Service", "Radio Wisla"],
                encoding="cp1250", ctype="text/xml", declared=None, acceptable=("decoded", "refused"),
                structure="Polskie Radio External Service-style (Warsaw) public radio's English news RSS from an old ASP.NET CMS: CRLF line ends, no indentation or namespaces, '<?xml version=\"1.0\"?>' with NO encoding, served as 'text/xml' WITHOUT charset, while the bytes are Windows-1250 (Polish letters ł ż ó ś ć ę and curly quotes/apostrophes/en dash at 0x92–0x96), RSS <author> holding a plain name with Polish diacritics or the service name, '/<section id>/Artykul/<7 digits>' links repeated as guid, 'http://' URLs, a 'Podcast |' programme page, +0100 dates in March 2020",
                notes="TRAP: undeclared legacy encoding. XML says UTF-8 when nothing is declared (and text/xml without charset even implies US-ASCII), but the bytes are Windows-1250; a UTF-8 reading fails on the first Polish letter or curly quote. A careful reader sniffs cp1250 (the Polish letters decode to valid words) and shows 'Żółkiewski', 'Łódź', '’'; a one-line refusal is also acceptable, mojibake or U+FFFD is not.")


# ---------------------------------------------------------------- not well-formed: bare ampersands and HTML entities that XML does not define
def pinas():
    rows, items = [], []
    base = "https://www.pinasnews.example"

    def add(nid, title, when, raw_desc, exp, by=None):
        url = f"{base}/index.php?page=article&id={nid}"
        rows.append(f"  <item>\n    <title>{title}</title>\n    <link>{url}</link>\n    <description>{raw_desc}</description>\n"
                    f"    <pubDate>{rfc822(when)}</pubDate>\n    <guid>{base}/articles/{nid}</guid>\n  </item>")
        items.append(exp(f"{base}/articles/{nid}"))

    o = 8
    w = d(2021, 5, 18, 19, 30, 0, o)
    add(1140355, "PH, Japan hold talks on West Philippine Sea & maritime security", w,
        "By Ma. Cristina Dalisay-Reyes&nbsp;&nbsp;\n\nMANILA &ndash; Philippine and Japanese defense officials held a virtual dialogue on Tuesday on maritime security in the West Philippine Sea. &ldquo;We share the same concerns on freedom of navigation,&rdquo; Department of Foreign Affairs spokesperson Leandro Villaroman said.",
        lambda k: it(k, "PH, Japan hold talks on West Philippine Sea & maritime security", w, ["Ma. Cristina Dalisay-Reyes"], junk=["By Ma. Cristina", "MANILA –"],
                     quotes=[q("Leandro Villaroman", "Department of Foreign Affairs")],
                     note="Bare '&' in title and link, HTML entities (&nbsp; &ndash; &ldquo; &rdquo;) that XML does not define; byline 'By NAME' as the first line of the description (an initial with a dot: 'Ma.')."))
    w = d(2021, 5, 18, 16, 5, 0, o)
    add(1140327, "DFA: 12 Filipinos in Gaza safe, repatriation offered", w,
        "By Rommel Santiago&nbsp;&nbsp;\n\nMANILA &ndash; The Department of Foreign Affairs (DFA) said all 12 Filipinos in Gaza are safe and have been offered repatriation as fighting between Israel and Hamas continued.",
        lambda k: it(k, "DFA: 12 Filipinos in Gaza safe, repatriation offered", w, ["Rommel Santiago"], junk=["By Rommel Santiago", "MANILA –"]))
    w = d(2021, 5, 18, 13, 40, 0, o)
    add(1140298, "Duterte extends GCQ 'bubble' in NCR Plus until May 31", w,
        "MANILA &ndash; Metro Manila and four nearby provinces will remain under general community quarantine with heightened restrictions until the end of May, Malaca&ntilde;ang announced.",
        lambda k: it(k, "Duterte extends GCQ 'bubble' in NCR Plus until May 31", w, [], rel=False, junk=["MANILA –"], note="Domestic; '&ntilde;' (Malacañang) is undefined in XML."))
    w = d(2021, 5, 18, 11, 0, 0, o)
    add(1140260, "IN PHOTOS: Vaccination drive in Quezon City", w,
        "Photos by Rodel Manalastas, Pinas News photo desk",
        lambda k: it(k, "IN PHOTOS: Vaccination drive in Quezon City", w, [], story=False, rel=False,
                     note="Photo story with a credit line only, not a story. Title label 'IN PHOTOS:' may be kept or dropped."))
    w = d(2021, 5, 18, 9, 20, 0, o)
    add(1140233, "Gilas Pilipinas pool trims to 15 for FIBA Asia Cup qualifiers", w,
        "By Jericho Dimaculangan&nbsp;&nbsp;\n\nMANILA &ndash; The national basketball team's pool has been trimmed to 15 players ahead of the June window in Clark, Pampanga.",
        lambda k: it(k, "Gilas Pilipinas pool trims to 15 for FIBA Asia Cup qualifiers", w, ["Jericho Dimaculangan"], rel=False, junk=["By Jericho Dimaculangan", "MANILA –"]))
    w = d(2021, 5, 17, 21, 10, 0, o)
    add(1140190, "ASEAN envoys urge Myanmar junta to implement five-point consensus", w,
        "JAKARTA &ndash; Southeast Asian diplomats on Monday called on Myanmar's military to honor the five-point consensus agreed in April, including an end to violence & the appointment of a special envoy. (Xinhua/Antara)",
        lambda k: it(k, "ASEAN envoys urge Myanmar junta to implement five-point consensus", w, [], junk=["(Xinhua/Antara)", "JAKARTA –"],
                     note="Two agencies credited at the end of the text; bare '&' in the text."))
    channel = (f"  <title>Pinas News Agency - Foreign Affairs & Nation</title>\n  <link>{base}/</link>\n  <description>Pinas News Agency &mdash; the official news agency of the Government</description>\n"
               f"  <language>en-ph</language>\n  <lastBuildDate>{rfc822(d(2021, 5, 18, 19, 35, 0, o))}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("en_ph_pinasnews_malformed.rss.xml", text, items, lang="en", outlet="Pinas News Agency", aliases=["Pinas News"],
                acceptable=("decoded", "refused"),
                structure="Philippine News Agency-style (Manila) state news agency's RSS from a hand-written PHP template that does NOT escape anything: bare '&' in the channel title, item titles, texts and 'index.php?page=article&id=<7 digits>' links, HTML entities XML does not define (&nbsp; &ndash; &mdash; &ldquo; &rdquo; &ntilde;) in plain-text descriptions, the byline 'By NAME' followed by two &nbsp; as the first line of the text, 'MANILA –' datelines, an agency credit '(Xinhua/Antara)', '/articles/<id>' guids that differ from the links, a photo story, +0800 dates in May 2021",
                notes="TRAP: not well-formed XML (undefined entities, bare ampersands). A lenient parser recovers all six items and must resolve the HTML entities ('–', '“', 'ñ') without leaving '&nbsp;' or '&ndash;' in titles or summaries; a clear one-line refusal is also acceptable.")


FEEDS = [wisla, pinas]
