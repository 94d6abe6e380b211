# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two broken or oddly encoded feeds of the twenty-sixth held-out set.
All outlets, people and quotations are invented."""
from h26 import d, esc, feed, gmt, it, q, rfc822


# ---------------------------------------------------------------- Windows-1252 bytes labelled ISO-8859-1 (prolog and HTTP header)
def courant():
    rows, items = [], []
    base = "https://www.eveningcourant.example"

    def add(sec, slug, aid, title, when, creator, desc, exp):
        url = f"{base}/news/{sec}/{slug}-b{aid}.html"
        cr = f"\n      <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <guid isPermaLink=\"true\">{url}</guid>\n      <description>{esc(desc)}</description>{cr}\n"
                    f"      <pubDate>{gmt(when)}</pubDate>\n    </item>")
        items.append(exp(url))

    w = d(2024, 2, 27, 17, 5, 0, 0)
    add("world", "macron-paris-ukraine-conference-western-troops", 1142201, "Macron refuses to rule out sending Western troops to Ukraine after Paris conference", w, "Harriet Vane-Okoro",
        "European leaders met in Paris to discuss new support for Kyiv. “Nothing should be excluded,” said Étienne Marchal, a senior adviser at the Élysée, after the talks – a remark that drew swift denials from Berlin and Warsaw.",
        lambda k: it(k, "Macron refuses to rule out sending Western troops to Ukraine after Paris conference", w, ["Harriet Vane-Okoro"], quotes=[q("Étienne Marchal", "Élysée")],
                     note="Curly quotes, en dash and É are Windows-1252 bytes (0x93, 0x94, 0x96, 0xC9); read as ISO-8859-1 the quotes become C1 control characters."))
    w = d(2024, 2, 27, 14, 40, 0, 0)
    add("world", "navalny-funeral-moscow-church-ambassadors", 1142150, "Western ambassadors to attend Navalny funeral in Moscow on Friday", w, "Courant Reporter",
        "Diplomats from several EU countries and the US said they would attend the service at a church in south-east Moscow.",
        lambda k: it(k, "Western ambassadors to attend Navalny funeral in Moscow on Friday", w, [], note="Staff credit."))
    w = d(2024, 2, 27, 12, 0, 0, 0)
    add("world", "sweden-nato-hungary-parliament-vote", 1142088, "Hungary’s parliament finally approves Sweden’s Nato membership", w, "Tomasz Brennan",
        "The vote in Budapest removes the last obstacle to Sweden joining the alliance after a 20-month wait.",
        lambda k: it(k, "Hungary’s parliament finally approves Sweden’s Nato membership", w, ["Tomasz Brennan"], note="Curly apostrophe (0x92) in the title."))
    w = d(2024, 2, 27, 9, 30, 0, 0)
    add("london", "tfl-fares-rise-march-tube-bus", 1141960, "Tube and bus fares to rise by 4.6% in March – here’s what you’ll pay", w, "Priya Chandran",
        "A single pay-as-you-go bus fare will rise to £1.75, while a Zone 1 Tube journey goes up to £2.80. Day trips to Paris on Eurostar start at €44.",
        lambda k: it(k, "Tube and bus fares to rise by 4.6% in March – here’s what you’ll pay", w, ["Priya Chandran"], rel=False, note="Pound and euro signs (0xA3, 0x80)."))
    w = d(2024, 2, 26, 20, 15, 0, 0)
    add("going-out", "best-restaurants-london-this-week", 1141877, "The best new restaurants to book in London this week", w, "Courant Going Out",
        "From a Sichuan dumpling bar in Soho to a Basque grill in Peckham…",
        lambda k: it(k, "The best new restaurants to book in London this week", w, [], story=False, rel=False, note="Listings guide; an ellipsis (0x85) ends the description."))
    w = d(2024, 2, 26, 17, 0, 0, 0)
    add("sport", "arsenal-porto-champions-league-preview", 1141802, "Arsenal v Porto: Arteta’s side out to overturn first-leg deficit", w, "Dan Whitlock",
        "Arsenal need to win by two goals at the Emirates to reach the quarter-finals.",
        lambda k: it(k, "Arsenal v Porto: Arteta’s side out to overturn first-leg deficit", w, ["Dan Whitlock"], rel=False))
    channel = (f"    <title>Evening Courant - World</title>\n    <link>{base}/news/world</link>\n    <description>The latest world news from the Evening Courant</description>\n    <language>en-gb</language>\n"
               f"    <copyright>Evening Courant Ltd</copyright>\n    <lastBuildDate>{gmt(d(2024, 2, 27, 17, 10, 0, 0))}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n  <channel>\n' + channel + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n"
    return feed("en_gb_eveningcourant_world_cp1252_as_latin1.rss.xml", text, items, lang="en", outlet="Evening Courant", aliases=["The Evening Courant"],
                encoding="cp1252", ctype="application/rss+xml; charset=ISO-8859-1", declared="ISO-8859-1",
                structure="Evening Standard-style (London) legacy world RSS from an old Java CMS whose templates write Windows-1252 but declare ISO-8859-1 in the prolog AND the HTTP header: curly quotes and apostrophes (0x91–0x94), en dash (0x96), ellipsis (0x85) and euro sign (0x80) are bytes that ISO-8859-1 maps to invisible C1 controls, while £ and É agree in both; two-space nesting, dc:creator after the description holding a person, 'Courant Reporter', 'Courant Going Out', '/news/<section>/<slug>-b<7 digits>.html' permalink guids, GMT dates in February 2024",
                notes="TRAP: declared ISO-8859-1, bytes are Windows-1252. A careful reader decodes as cp1252 (as browsers do for this label) and shows curly quotes, dashes and € correctly; a literal ISO-8859-1 reading leaves C1 control characters (mojibake).")


# ---------------------------------------------------------------- truncated document (the download stopped in the middle of the last item)
def ledger():
    rows, items = [], []
    base = "https://www.capitolledger.example"

    def add(sec, slug, title, when, creator, desc, exp, cut=None):
        url = f"{base}/news/{when:%Y/%b/%d}/{slug}/".lower()
        body = (f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <guid isPermaLink=\"true\">{url}</guid>\n    <dc:creator>{esc(creator)}</dc:creator>\n"
                f"    <pubDate>{rfc822(when)}</pubDate>\n    <description>{esc(desc)}</description>\n  </item>")
        if cut:
            body = body[:body.index(cut) + len(cut)]
        rows.append(body)
        items.append(exp(url))

    o = -4
    w = d(2024, 10, 3, 18, 22, 0, o)
    add("world", "israel-strikes-beirut-hezbollah-ground-operation", "Israel widens Lebanon ground operation as strikes hit central Beirut", w, "By Ryan Halvorsen - The Capitol Ledger",
        "Israeli forces expanded their ground operation in southern Lebanon on Thursday. \"We are not seeking a war with the Lebanese people,\" said Lt. Col. Avi Shemer, a spokesman for the Israel Defense Forces.",
        lambda k: it(k, "Israel widens Lebanon ground operation as strikes hit central Beirut", w, ["Ryan Halvorsen"], junk=["The Capitol Ledger"],
                     quotes=[q("Avi Shemer", "Israel Defense Forces")], note="Byline 'By NAME - Brand' (hyphen) in dc:creator."))
    w = d(2024, 10, 3, 15, 10, 0, o)
    add("world", "g7-iran-sanctions-missile-attack-response", "G7 weighs new sanctions on Iran after missile barrage on Israel", w, "By Ledger Staff",
        "Foreign ministers of the Group of Seven discussed coordinated measures against Iran's oil and shipping sectors.",
        lambda k: it(k, "G7 weighs new sanctions on Iran after missile barrage on Israel", w, [], note="Staff credit."))
    w = d(2024, 10, 3, 12, 45, 0, o)
    add("world", "mexico-new-president-security-cabinet-cartels", "Mexico's new president unveils security plan amid cartel violence in Sinaloa", w, "By Associated Press - The Capitol Ledger",
        "Mexico's president presented a security strategy that shifts focus to intelligence and investigation.",
        lambda k: it(k, "Mexico's new president unveils security plan amid cartel violence in Sinaloa", w, ["Associated Press"],
                     note="Agency in the 'By X - Brand' pattern. [] is also correct"))
    w = d(2024, 10, 3, 10, 0, 0, o)
    add("world", "hurricane-milton-forecast-florida-landfall", "Forecasters track storm in Gulf of Mexico that could hit Florida next week", w, "By Nadia Collier - The Capitol Ledger",
        "The storm could strengthen into a hurricane before landfall.",
        lambda k: it(k, "Forecasters track storm in Gulf of Mexico that could hit Florida next week", w, ["Nadia Collier"], rel=False, junk=["The Capitol Ledger"]))
    w = d(2024, 10, 2, 21, 30, 0, o)
    add("world", "ledger-world-newsletter-sign-up", "Get the Ledger's World Dispatch in your inbox", w, "By Ledger Staff",
        "Sign up for our free newsletter.",
        lambda k: it(k, "Get the Ledger's World Dispatch in your inbox", w, [], story=False, rel=False, note="Newsletter sign-up."))
    w = d(2024, 10, 2, 18, 5, 0, o)
    add("world", "japan-new-prime-minister-cabinet-snap-election", "Japan's new prime minister calls snap election for Oct. 27", w, "By Kenji Moreland - The Capitol Ledger",
        "Japan's newly elected prime minister dissolved the lower house just days after taking office, setting up a general election later this month that will test the Liberal Democratic Party after a year of funding scandals.",
        lambda k: it(k, "Japan's new prime minister calls snap election for Oct. 27", w, ["Kenji Moreland"], junk=["The Capitol Ledger"],
                     note="TRUNCATED item: the document stops inside this description (after 'setting up a general'); title, link, guid, creator and date are complete. Foreign election: relevant."),
        cut="setting up a general")
    channel = (f"  <title>World - The Capitol Ledger</title>\n  <link>{base}/news/world/</link>\n  <description>World news from The Capitol Ledger</description>\n  <language>en-us</language>\n"
               f"  <lastBuildDate>{rfc822(d(2024, 10, 3, 18, 25, 0, o))}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n' + channel + "\n" + "\n".join(rows)
    return feed("en_us_capitolledger_world_truncated.rss.xml", text, items, lang="en", outlet="The Capitol Ledger", aliases=["Capitol Ledger"],
                acceptable=("decoded", "refused"),
                structure="Washington Times-style (Washington) world headlines RSS (/rss/headlines/news/world/) from a custom CMS: two-space nesting, channel 'World - Brand', lower-case '/news/YYYY/mon/DD/<slug>/' permalink guids, dc:creator holding 'By NAME - Brand' (a hyphen, not a dash), 'By Associated Press - Brand' or 'By Brand Staff', straight double quotes, -0400 dates in October 2024; the document is TRUNCATED in the middle of the sixth item's description (no closing </description>, </item>, </channel>, </rss> and no final newline), as when a CDN times out mid-transfer",
                notes="TRAP: truncated document (not well-formed). A lenient parser recovers all six items (the sixth with its title, link, creator and date; its cut-off description may come out partial or empty); a clear one-line refusal is also acceptable.")


FEEDS = [courant, ledger]
