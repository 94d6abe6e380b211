# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two broken or oddly encoded feeds of the seventeenth held-out set.
All outlets, people and quotations are invented."""
from lib import dt
from mk import NS_DC, esc, it, rfc822
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    return dt(2026, 12, day, h, mi, s, off)


# ---------------------------------------------------------------- windows-1253 bytes, no declaration, no charset
def aegeanpost():
    rows, items = [], []
    o = 2

    def add(nid, title, when, author, desc, exp):
        url = f"http://www.aegeanpost.gr/english/news.asp?id={nid}"
        rows.append(f"<item>\r\n<title>{esc(title)}</title>\r\n<link>{url}</link>\r\n<description>{esc(desc)}</description>\r\n<author>{esc(author)}</author>\r\n<pubDate>{rfc822(when)}</pubDate>\r\n</item>")
        items.append(exp(url))

    w = d(15, 18, 40, 0, o)
    add(77120, "Athens and Ankara agree to resume \u201ccalm waters\u201d talks", w, "Nikos Stavridis",
        "Foreign ministers will meet in Thessaloniki in January; the agenda excludes the continental shelf, officials said. The Greek word for the process, \u00abήρεμα νερά\u00bb, has become a catchphrase.",
        lambda k: it(k, "Athens and Ankara agree to resume \u201ccalm waters\u201d talks", w, ["Nikos Stavridis"]))
    w = d(15, 16, 15, 0, o)
    add(77108, "EU frees \u20ac2.1bn for migrant reception on the islands", w, "Eleni Papadaki",
        "The Commission approved funds for new centres on Lesbos, Samos and Kos \u2013 and for faster returns.",
        lambda k: it(k, "EU frees \u20ac2.1bn for migrant reception on the islands", w, ["Eleni Papadaki"]))
    w = d(15, 13, 5, 0, o)
    add(77095, "Olympiacos edge Panathinaikos in derby", w, "Sports desk",
        "A penalty in the 88th minute settled the match at Karaiskakis \u2013 the hosts\u2019 fourth win in a row.",
        lambda k: it(k, "Olympiacos edge Panathinaikos in derby", w, [], rel=False))
    w = d(15, 10, 30, 0, o)
    add(77081, "Cyprus talks: UN envoy to visit Nicosia next week", w, "Andreas Charalambous",
        "The envoy will meet both leaders separately; \u201cthe window is narrow\u201d, a diplomat said.",
        lambda k: it(k, "Cyprus talks: UN envoy to visit Nicosia next week", w, ["Andreas Charalambous"]))
    w = d(15, 8, 0, 0, o)
    add(77070, "Ferry strike: PNO walkout halts sailings from Piraeus", w, "Aegean Post",
        "All ferries will stay in port for 24 hours on Thursday, the seamen\u2019s union (ΠΝΟ) said.",
        lambda k: it(k, "Ferry strike: PNO walkout halts sailings from Piraeus", w, [], rel=False))
    w = d(14, 21, 20, 0, o)
    add(77052, "Greece to send frigate to Red Sea mission for another year", w, "Aegean Post",
        "Parliament\u2019s defence committee backed the extension of the \u00abAspides\u00bb deployment.",
        lambda k: it(k, "Greece to send frigate to Red Sea mission for another year", w, []))
    channel = ("<title>Aegean Post - English Edition</title>\r\n<link>http://www.aegeanpost.gr/english/</link>\r\n<description>News from Greece and Cyprus in English</description>\r\n<language>en</language>\r\n"
               "<copyright>Aegean Post Publishing S.A.</copyright>")
    text = ('<?xml version="1.0"?>\r\n<rss version="2.0">\r\n<channel>\r\n' + channel + "\r\n" + "\r\n".join(rows) + "\r\n</channel>\r\n</rss>\r\n")
    return feed("en_gr_aegeanpost_english_cp1253_nodecl.rss.xml", text, items, lang="en", outlet="Aegean Post", aliases=["The Aegean Post"],
                encoding="cp1253", declared=None, ctype="text/xml", acceptable=("decoded", "refused"),
                notes="Odd: windows-1253 (Greek) bytes with no encoding in the XML declaration and a Content-Type without charset, so the XML default (UTF-8) is wrong. Curly quotes, en dashes, '€', '«»' and Greek words must come out intact (windows-1253 decoding); U+FFFD replacement characters, dropped letters or Latin-1-style mojibake are defects; refusal is acceptable but poor.",
                structure="English edition of a Greek daily from an old ASP CMS: CRLF line ends, XML declaration without encoding, text/xml header without charset, windows-1253 bytes (curly quotes, en dashes, €, «», Greek words), 'news.asp?id=' links without guid (the link is the key), <author> holding a bare name, 'Sports desk' or the paper, S.A. copyright, +0200 dates")


# ---------------------------------------------------------------- truncated feed (cut off mid-item)
def vistulawire():
    rows, items = [], []
    o = 1

    def add(aid, title, when, creator, desc, exp):
        url = f"https://www.vistulawire.pl/en/news/{aid}"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid><dc:creator>{esc(creator)}</dc:creator>"
                    f"<pubDate>{rfc822(when)}</pubDate><description>{esc(desc)}</description></item>")
        items.append(exp(url))

    w = d(15, 19, 0, 0, o)
    add("2031550", "Poland to buy 96 more attack helicopters, defence ministry says", w, "Tomasz Wróblewski",
        "<p>The deal is worth about 10 billion zlotys</p><p>Deliveries are due to start in 2029.</p>",
        lambda k: it(k, "Poland to buy 96 more attack helicopters, defence ministry says", w, ["Tomasz Wróblewski"]))
    w = d(15, 17, 10, 0, o)
    add("2031541", "Lithuania, Poland open joint command post on Suwałki gap", w, "VW/PAP",
        "<p>The centre will co-ordinate border surveillance with Nato.</p>",
        lambda k: it(k, "Lithuania, Poland open joint command post on Suwałki gap", w, [], note="Agency credit 'VW/PAP' is not a person."))
    w = d(15, 14, 30, 0, o)
    add("2031530", "Warsaw Christmas market draws record crowds", w, "Ola Nowak",
        "<p>More than 300,000 visitors came in the first week.</p>",
        lambda k: it(k, "Warsaw Christmas market draws record crowds", w, ["Ola Nowak"], rel=False))
    w = d(15, 12, 0, 0, o)
    add("2031522", "Belarus frees three Polish citizens in swap", w, "Kasia Lewandowska",
        "<p>The exchange took place at the Terespol crossing.Warsaw released two Belarusians</p>",
        lambda k: it(k, "Belarus frees three Polish citizens in swap", w, ["Kasia Lewandowska"]))
    w = d(15, 9, 45, 0, o)
    add("2031510", "Ekstraklasa: Legia held at home by Lech", w, "VW Sport",
        "<p>A 1-1 draw at Łazienkowska.</p>",
        lambda k: it(k, "Ekstraklasa: Legia held at home by Lech", w, [], rel=False))
    w = d(15, 8, 0, 0, o)
    add("2031501", "Germany and Poland settle dispute over Oder dredging", w, "Marek Zieliński",
        "<p>The two governments agreed to an environmental review by a joint commission, ending a two-year row over the river works that Warsaw says are needed for icebreakers and that Berlin says",
        lambda k: it(k, "Germany and Poland settle dispute over Oder dredging", w, ["Marek Zieliński"], note="The feed is cut off inside this item's description; the item may be lost or shown with a partial summary."))
    channel = ("<title>Vistula Wire - English</title><link>https://www.vistulawire.pl/en</link><description>News from Poland in English</description><language>en</language>"
               "<copyright>Vistula Wire sp. z o.o.</copyright>")
    full = '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"' + NS_DC + "><channel>" + channel + "".join(rows) + "</channel></rss>\n"
    # the server closed the connection mid-response: cut inside the last item's description
    text = full[:full.index("Berlin says") + len("Berlin says")]
    return feed("en_pl_vistulawire_truncated.rss.xml", text, items, lang="en", outlet="Vistula Wire",
                acceptable=("decoded", "refused"),
                notes="Broken: the response is truncated inside the sixth item's description (no closing tags). Recovering the five complete items (and perhaps the sixth) is good; refusing the feed with a one-line error is acceptable; a crash is a defect.",
                structure="Polish agency's English RSS from a custom CMS, truncated mid-transfer: single line, channel 'Brand - English', dc:creator holding a person, an agency code ('VW/PAP') or a desk ('VW Sport'), escaped <p> descriptions with a standfirst without final stop and a missing space after a full stop, permalink guids, sp. z o.o. copyright, +0100 dates, no closing </item>, </channel> or </rss>")


FEEDS = [aegeanpost, vistulawire]
