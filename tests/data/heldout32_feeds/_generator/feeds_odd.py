# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Tech, science and the two broken or oddly encoded feeds of the thirty-second held-out set: a
US tech-policy newsletter on Buttondown, a science press-release distributor's JSON Feed, a
German regional paper whose feed is stitched together from per-story agency fragments (each
with its own XML declaration, so the document is not well-formed), and an Urdu TV channel's
Telegram posts through a small bridge that writes every non-ASCII character as a numeric
reference, emoji as UTF-16 surrogate pairs. All outlets, people and quotations are invented."""
import json

from h32 import d, esc, feed, gmt, it, q, rfc822


# ---------------------------------------------------------------- tech-policy newsletter on Buttondown
def hashedout():
    rows, items = [], []
    base = "https://buttondown.example/hashedout"
    sig = "<p>Talk soon,<br>Priya</p><hr><p>You are receiving this because you subscribed to Hashed Out. <a href=\"https://buttondown.example/hashedout/unsubscribe\">Unsubscribe</a> · <a href=\"https://buttondown.example/hashedout/archive\">Archive</a></p>"

    def add(slug, title, when, html, exp):
        url = f"{base}/archive/{slug}/"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(html)}</description><pubDate>{rfc822(when)}</pubDate><guid>{url}</guid></item>")
        items.append(exp(url))

    w = d(2024, 1, 30, 14, 0, 0, 0)
    add("issue-112-the-chip-rules-get-a-sequel", "Issue #112: The chip rules get a sequel", w,
        "<p>Hi friends,</p><p>The Commerce Department&#8217;s latest update to its export controls on advanced chips landed on Friday, and it closes the two loopholes everyone talked about last year: chips sold to Chinese firms&#8217; subsidiaries abroad, and the cloud.</p>"
        "<p>Under the new rule, U.S. cloud providers must verify the identity of foreign customers training large models and report them if they are based in a country of concern.</p>"
        "<p>&#8220;This is the first time export control has reached into the data center,&#8221; Marcus Ellery-Tan, a former Commerce official now at the Lattice Policy Institute, told me. &#8220;Enforcement will be the hard part.&#8221;</p>"
        "<p>Beijing&#8217;s commerce ministry called the rule &#8216;technological bullying&#8217; and said it would respond.</p>" + sig,
        lambda k: it(k, "The chip rules get a sequel", w, [], quotes=[q("Marcus Ellery-Tan", "Lattice Policy Institute")],
                     junk=["Hi friends", "Talk soon", "Unsubscribe", "You are receiving this"],
                     note="Buttondown issue: the whole email escaped in <description>; no author element, the writer only signs 'Priya'. ['Priya Venkataraman'] is also correct (the channel description names her). US export controls against China: relevant. Title label 'Issue #112:' may be kept or dropped."))
    w = d(2024, 1, 23, 14, 0, 0, 0)
    add("issue-111-sponsored-by-vaultline", "Issue #111 (sponsored): Keys, passkeys and the end of passwords", w,
        "<p><strong>This issue is sponsored by Vaultline.</strong> Vaultline makes passkeys easy for your whole team. Start a free trial today.</p><p>Passkeys are finally everywhere. Here is what that means for you.</p>" + sig,
        lambda k: it(k, "Keys, passkeys and the end of passwords", w, [], story=False, rel=False,
                     note="Sponsored issue: not a story. Title label 'Issue #111 (sponsored):' may be kept or dropped."))
    w = d(2024, 1, 16, 14, 0, 0, 0)
    add("issue-110-ces-notes", "Issue #110: What I saw at CES (and what I didn't)", w,
        "<p>Hi friends,</p><p>Forty thousand square feet of AI-powered everything. The best thing I saw was a hearing aid that costs $99 without a prescription; the worst, a smart fork.</p>"
        "<p>The trend that matters: on-device models. Three laptop makers showed machines that run a small language model with no cloud connection at all.</p>" + sig,
        lambda k: it(k, "What I saw at CES (and what I didn't)", w, [], rel=False, junk=["Hi friends", "Talk soon"],
                     note="Gadget show notes: a story, not relevant. Title label 'Issue #110:' may be kept or dropped."))
    w = d(2024, 1, 12, 16, 30, 0, 0)
    add("links-i-liked-january", "Links I liked: January", w,
        "<ul><li><a href=\"https://example.org/a\">A long read on undersea cables</a></li><li><a href=\"https://example.org/b\">Why your printer hates you</a></li><li><a href=\"https://example.org/c\">The quiet death of the RSS reader (not!)</a></li></ul>" + sig,
        lambda k: it(k, "Links I liked: January", w, [], story=False, rel=False, note="Link list: not a story."))
    w = d(2024, 1, 9, 14, 0, 0, 0)
    add("issue-109-the-app-store-ruling-lands-in-brussels", "Issue #109: Brussels gets its app store fight", w,
        "<p>Hi friends,</p><p>With the EU&#8217;s Digital Markets Act deadline seven weeks away, the big platforms have started to publish how they plan to comply. The short version: alternative app stores in Europe, with fees that make them unattractive.</p>"
        "<p>Developers I spoke to were unimpressed. &#8220;They have found a way to comply with the letter and fight the spirit,&#8221; said Jonas Lindqvist-Ortega, who runs a small games studio in Malm&#246;.</p>" + sig,
        lambda k: it(k, "Brussels gets its app store fight", w, [], rel=False, quotes=[q("Jonas Lindqvist-Ortega")], junk=["Hi friends", "Talk soon"],
                     note="EU platform regulation and company compliance: tech business, labelled not relevant (borderline, as an AI-privacy ruling was in an earlier set). Title label 'Issue #109:' may be kept or dropped."))
    w = d(2024, 1, 3, 14, 0, 0, 0)
    add("issue-108-the-cables-under-the-red-sea", "Issue #108: The cables under the Red Sea", w,
        "<p>Hi friends, and happy new year.</p><p>About a sixth of the world&#8217;s internet traffic between Europe and Asia runs through a handful of cables on the floor of the Red Sea, and the shipping attacks of the past two months have put them in the news.</p>"
        "<p>The cables have not been hit. The risk is repair: cable ships need permits and calm water, and insurers are pricing both out of reach. &#8220;A cut today would take months to fix, not weeks,&#8221; said Noura Al-Fadhli, a subsea-infrastructure analyst at the Gulf Connectivity Forum.</p>" + sig,
        lambda k: it(k, "The cables under the Red Sea", w, [], quotes=[q("Noura Al-Fadhli", "Gulf Connectivity Forum")], junk=["happy new year", "Talk soon"],
                     note="Security of international infrastructure amid attacks on shipping: relevant. Title label 'Issue #108:' may be kept or dropped."))
    head = (f"<title>Hashed Out</title><link>{base}</link><description>A weekly newsletter about tech policy, by Priya Venkataraman.</description>"
            f"<atom:link href=\"{base}/rss\" rel=\"self\"></atom:link><language>en-us</language><lastBuildDate>{rfc822(d(2024, 1, 30, 14, 0, 4, 0))}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" version="2.0"><channel>' + head + "".join(rows) + "</channel></rss>")
    return feed("en_tech_hashedout_buttondown.rss.xml", text, items, lang="en", outlet="Hashed Out", topic="tech",
                structure="US tech-policy newsletter on Buttondown (/<name>/rss, Django's feed generator): declaration line, then one line without a trailing newline, atom namespace before version, channel description naming the writer, en-us, items in Django's order (title, link, description, pubDate, guid = archive URL), +0000 dates, the WHOLE e-mail escaped in <description> (salutation 'Hi friends,', curly entities, a 'Talk soon,<br>Priya' sign-off, an <hr> and the unsubscribe/archive footer), no author element, 'Issue #N:' title labels, a sponsored issue and a link list, January 2024")


# ---------------------------------------------------------------- science press-release distributor's JSON Feed
def scirelay():
    items_json, items = [], []
    base = "https://www.scirelay.example"

    def add(rid, title, when, inst, html, summary, exp, tags):
        url = f"{base}/news-releases/{rid}"
        j = {"id": str(rid), "url": url, "title": title, "content_html": html, "summary": summary,
             "date_published": when.isoformat(), "authors": [{"name": inst}], "tags": tags,
             "_scirelay": {"institution": inst, "embargoed": False, "meeting": None}}
        items_json.append(j)
        items.append(exp(str(rid)))

    foot = '<p class="disclaimer"><em>Disclaimer: SciRelay is not responsible for the accuracy of news releases posted by contributing institutions or for the use of any information through the SciRelay system.</em></p>'
    w = d(2024, 4, 18, 14, 0, 0, -4)
    add(1041877, "High-seas treaty: which countries have ratified, and what the first meeting must decide", w, "Tidewater University",
        "<p><strong>News release from Tidewater University</strong></p><p>An analysis of ratifications of the UN agreement on marine biodiversity beyond national jurisdiction finds that the treaty could enter into force in 2025, but that the first conference of the parties will have to settle how marine protected areas are proposed and funded.</p>"
        "<p>&#8220;The treaty is a framework. The first meeting decides whether it has teeth,&#8221; said Professor Helen Achterberg, who led the study at Tidewater&#8217;s School of Ocean Law.</p>"
        "<p>The study, published in <em>Marine Governance</em>, counts 14 ratifications and 88 signatures.</p>" + foot,
        "A study of ratifications of the high-seas biodiversity agreement.",
        lambda k: it(k, "High-seas treaty: which countries have ratified, and what the first meeting must decide", w, [], quotes=[q("Helen Achterberg", "Tidewater University")],
                     junk=["News release from", "SciRelay is not responsible", "Disclaimer"],
                     note="Press release re-published by the distributor: the JSON Feed authors array holds the releasing institution (not a person). A study of a UN treaty's ratifications: relevant (international law and diplomacy)."),
        ["Law", "Oceanography", "Policy"])
    w = d(2024, 4, 17, 10, 30, 0, -4)
    add(1041802, "Bird flu virus found in raw milk samples from dairy herds, lab confirms", w, "Great Plains Veterinary Diagnostic Laboratory",
        "<p><strong>News release from Great Plains Veterinary Diagnostic Laboratory</strong></p><p>Tests at the laboratory confirmed H5N1 avian influenza virus in raw milk samples from dairy herds in two states. Pasteurized milk remains safe, officials said.</p>"
        "<p>&#8220;We are seeing the virus in places we did not expect it,&#8221; said Dr. Ramon Iturbe-Kane, the laboratory&#8217;s director.</p>" + foot,
        "Pasteurized milk remains safe, the laboratory said.",
        lambda k: it(k, "Bird flu virus found in raw milk samples from dairy herds, lab confirms", w, [], rel=False, quotes=[q("Ramon Iturbe-Kane", "Great Plains Veterinary Diagnostic Laboratory")],
                     junk=["News release from", "SciRelay is not responsible"], note="Domestic animal-health finding: a story, not relevant."),
        ["Veterinary medicine", "Infectious diseases"])
    w = d(2024, 4, 16, 9, 0, 0, -4)
    add(1041760, "Media advisory: Press briefing on the 2024 Global Snow Survey, April 22", w, "Northern Alliance for Cryosphere Research",
        "<p><strong>News release from Northern Alliance for Cryosphere Research</strong></p><p>WHAT: Virtual press briefing. WHEN: Monday, April 22, 11 a.m. EDT. WHO: The survey&#8217;s lead authors. Registration required; embargoed materials will be sent to registered reporters.</p>" + foot,
        "Registration required.",
        lambda k: it(k, "Media advisory: Press briefing on the 2024 Global Snow Survey, April 22", w, [], story=False, rel=False, note="Media advisory: not a story."),
        ["Meetings", "Climate"])
    w = d(2024, 4, 12, 15, 45, 0, -4)
    add(1041688, "Early-warning system gave Taiwan residents up to 15 seconds before strongest shaking", w, "Pacific Institute of Seismology",
        "<p><strong>News release from Pacific Institute of Seismology</strong></p><p>Researchers reconstructing the alerts sent during this month&#8217;s magnitude 7.4 earthquake off eastern Taiwan found that most residents of Taipei received warnings 10 to 15 seconds before the strongest shaking arrived.</p>"
        "<p>&#8220;Ten seconds is enough to get under a table or stop a train,&#8221; said Dr. Mei-Lin Hsu-Barrett, a co-author.</p>" + foot,
        "Most Taipei residents had 10 to 15 seconds of warning.",
        lambda k: it(k, "Early-warning system gave Taiwan residents up to 15 seconds before strongest shaking", w, [], rel=False, quotes=[q("Mei-Lin Hsu-Barrett")],
                     junk=["News release from", "SciRelay is not responsible"], note="Seismology research about a quake abroad: science, not relevant."),
        ["Earth sciences", "Natural hazards"])
    w = d(2024, 4, 10, 12, 0, 0, -4)
    add(1041630, "Society announces 2024 class of fellows", w, "American Society for Microscopy",
        "<p><strong>News release from American Society for Microscopy</strong></p><p>The society has named 24 new fellows in recognition of their contributions to the field. The fellows will be honored at the annual meeting in August.</p>" + foot,
        "24 new fellows named.",
        lambda k: it(k, "Society announces 2024 class of fellows", w, [], story=False, rel=False, note="Institutional announcement of honours: not a story."),
        ["Awards"])
    w = d(2024, 4, 8, 8, 0, 0, -4)
    add(1041577, "Malaria vaccine rollout cut child deaths by 13% in first year, study finds", w, "London School of Global Health",
        "<p><strong>News release from London School of Global Health</strong></p><p>Children in districts of Ghana, Kenya and Malawi that introduced a malaria vaccine had 13% fewer deaths from all causes in the first year, according to a study in <em>The Lancet Regional Health</em>.</p>"
        "<p>&#8220;A 13% drop in all-cause mortality is enormous for a single intervention,&#8221; said Dr. Kwabena Ofori-Atta, the study&#8217;s lead author.</p>" + foot,
        "Districts with the vaccine saw 13% fewer child deaths.",
        lambda k: it(k, "Malaria vaccine rollout cut child deaths by 13% in first year, study finds", w, [], rel=False, quotes=[q("Kwabena Ofori-Atta")],
                     junk=["News release from", "SciRelay is not responsible"], note="Health research abroad: science, not relevant."),
        ["Medicine", "Public health"])
    doc = {"version": "https://jsonfeed.org/version/1.1", "title": "SciRelay: Latest News Releases", "home_page_url": f"{base}/",
           "feed_url": f"{base}/feeds/news-releases.json", "description": "News releases from universities, journals and research institutions", "language": "en",
           "icon": f"{base}/static/scirelay-512.png", "_scirelay": {"about": "https://www.scirelay.example/about"}, "items": items_json}
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    return feed("en_science_scirelay_releases.feed.json", text, items, lang="en", outlet="SciRelay", aliases=["SciRelay: Latest News Releases"],
                shape="jsonfeed", ctype="application/feed+json", declared=None, topic="science",
                structure="US science press-release distributor's (EurekAlert!-style) JSON Feed 1.1: two-space indentation, feed title 'Brand: Latest News Releases', language en, icon, a custom '_scirelay' extension object on the feed and on every item (institution, embargo, meeting), string numeric ids, '/news-releases/<7 digits>' URLs, date_published with -04:00, an authors array holding the RELEASING INSTITUTION, tags, content_html opening with a bold 'News release from <institution>' line and ending with the distributor's italic disclaimer, a one-sentence summary, a media advisory and an honours announcement, April 2024",
                notes="The distributor re-publishes institutions' releases: the outlet a reader sees is the distributor (the institution is named in the text); authors are [] because the authors array holds institutions.")


# ---------------------------------------------------------------- German regional paper stitched from agency fragments (not well-formed)
def hohenloher():
    rows, items = [], []
    base = "https://www.hohenloher-bote.example"
    frag = '<?xml version="1.0" encoding="ISO-8859-1" standalone="yes"?>'
    dnd = ("<p>© dnd-infoline, 2025. Alle Rechte vorbehalten.</p>"
           "<p>Der Hohenloher Bote übernimmt diese Meldung der Deutschen Nachrichtendienst GmbH (dnd) im Rahmen seines Agenturabonnements.</p>")

    def add(aid, path, title, when, author, body, exp, agency=True):
        url = f"{base}/{path}/art{aid}.html"
        au = f"<author>{esc(author)}</author>" if author else ""
        rows.append(f"{frag}\n<item><title>{esc(title)}</title><link>{url}</link><guid isPermaLink=\"false\">hb-{aid}</guid>{au}"
                    f"<pubDate>{rfc822(when)}</pubDate><description>{esc(body + (dnd if agency else ''))}</description></item>")
        items.append(exp(f"hb-{aid}"))

    w = d(2025, 6, 25, 15, 20, 0, 2)
    add(2041177, "welt", "Nato-Gipfel in Den Haag: Bündnis einigt sich auf neues Ausgabenziel", w, "dnd",
        "<p>Den Haag (dnd) - Die Nato-Staaten haben sich auf ihrem Gipfel in Den Haag darauf verständigt, ihre Ausgaben für Verteidigung und verteidigungsnahe Infrastruktur bis 2035 auf fünf Prozent der Wirtschaftsleistung zu erhöhen.</p>"
        "<p>Spanien setzte eine Ausnahmeklausel durch. «Jedes Land muss seinen Weg zu den Fähigkeiten finden, nicht zu einer Zahl», sagte der spanische Verteidigungsstaatssekretär Álvaro Ibarrola.</p>"
        "<p>Für Deutschland bedeutet das Ziel Mehrausgaben von mehr als 100 Milliarden Euro pro Jahr.</p>",
        lambda k: it(k, "Nato-Gipfel in Den Haag: Bündnis einigt sich auf neues Ausgabenziel", w, [], quotes=[q("Álvaro Ibarrola", "Verteidigungsstaatssekretär")],
                     junk=["© dnd-infoline", "Alle Rechte vorbehalten", "übernimmt diese Meldung", "Agenturabonnements"],
                     note="Agency fragment: RSS <author> holds the agency short name (not a person); the agency's rights line and the paper's takeover note close the text. Each item in this document is preceded by its own XML declaration."))
    w = d(2025, 6, 24, 9, 5, 0, 2)
    add(2041102, "welt", "Waffenruhe zwischen Israel und Iran hält vorerst", w, "dnd",
        "<p>Tel Aviv/Teheran (dnd) - Die von den USA vermittelte Waffenruhe zwischen Israel und dem Iran hat in der Nacht weitgehend gehalten. Beide Seiten hatten einander noch in den Morgenstunden Verstöße vorgeworfen.</p>"
        "<p>Das Auswärtige Amt rief Deutsche in der Region weiter zur Vorsicht auf.</p>",
        lambda k: it(k, "Waffenruhe zwischen Israel und Iran hält vorerst", w, [], junk=["© dnd-infoline", "übernimmt diese Meldung"]))
    w = d(2025, 6, 23, 18, 40, 0, 2)
    add(2041066, "region/kuenzelsau", "Künzelsauer Schraubenhersteller spürt die US-Zölle", w, "Sabine Ehrmann",
        "<p>Künzelsau - Die Aufträge aus den USA sind im zweiten Quartal um ein Fünftel eingebrochen, sagt der Vertriebschef eines Künzelsauer Befestigungstechnik-Herstellers. Seit Washington die Zölle auf Stahl- und Aluminiumprodukte verdoppelt hat, zögern amerikanische Händler.</p>"
        "<p>«Wir liefern seit vierzig Jahren nach Ohio, so etwas haben wir noch nicht erlebt», sagt Vertriebschef Rainer Gollhofer.</p>",
        lambda k: it(k, "Künzelsauer Schraubenhersteller spürt die US-Zölle", w, ["Sabine Ehrmann"], quotes=[q("Rainer Gollhofer", "Vertriebschef")],
                     note="The paper's own reporting (no agency footer): a foreign government's tariffs hitting a local firm, labelled relevant (borderline)."), agency=False)
    w = d(2025, 6, 17, 21, 0, 0, 2)
    add(2040871, "welt", "G7-Gipfel in Kanada endet ohne gemeinsame Erklärung zur Ukraine", w, "dnd",
        "<p>Kananaskis (dnd) - Der G7-Gipfel in den kanadischen Rocky Mountains ist ohne gemeinsame Abschlusserklärung zur Ukraine zu Ende gegangen. Die Gastgeber veröffentlichten stattdessen eine Zusammenfassung des Vorsitzes.</p>",
        lambda k: it(k, "G7-Gipfel in Kanada endet ohne gemeinsame Erklärung zur Ukraine", w, [], junk=["© dnd-infoline", "übernimmt diese Meldung"]))
    w = d(2025, 6, 22, 20, 15, 0, 2)
    add(2041030, "region/oehringen", "Öhringen feiert drei Tage lang sein Stadtfest", w, "Markus Vogelmann",
        "<p>Öhringen - Bei bestem Wetter haben am Wochenende rund 30 000 Menschen das Öhringer Stadtfest besucht. Höhepunkt war der Umzug der Vereine am Sonntag.</p>",
        lambda k: it(k, "Öhringen feiert drei Tage lang sein Stadtfest", w, ["Markus Vogelmann"], rel=False, note="Local news: not relevant."), agency=False)
    w = d(2025, 6, 22, 20, 30, 0, 2)
    add(2041031, "region/oehringen", "Bildergalerie: Das Stadtfest in Öhringen", w, "",
        "<p>Die schönsten Bilder vom Wochenende.</p>",
        lambda k: it(k, "Das Stadtfest in Öhringen", w, [], story=False, rel=False,
                     note="Photo gallery: not a story. Title label 'Bildergalerie:' may be kept or dropped."), agency=False)
    head = (f"<title>Hohenloher Bote - Welt</title><link>{base}/welt/</link><description>Nachrichten aus aller Welt - Hohenloher Bote</description><language>de-DE</language>"
            f"<copyright>Hohenloher Bote Verlags-GmbH &amp; Co. KG</copyright><lastBuildDate>{rfc822(d(2025, 6, 25, 15, 22, 0, 2))}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + head + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("de_hohenloherbote_welt_stitched_declarations.rss.xml", text, items, lang="de", outlet="Hohenloher Bote", acceptable=("decoded", "refused"),
                structure="German regional daily (Künzelsau/Öhringen, Baden-Württemberg) 'Welt' feed assembled by its CMS from cached per-story XML fragments of the agency import and the newsroom: the document's UTF-8 declaration, then BEFORE EVERY <item> another declaration '<?xml version=\"1.0\" encoding=\"ISO-8859-1\" standalone=\"yes\"?>' (a reserved processing instruction in mid-document: not well-formed; the bytes are UTF-8 throughout), channel 'Brand - Welt', 'Verlags-GmbH & Co. KG' copyright, 'hb-<7 digits>' guids, RSS <author> with the agency short name 'dnd' or a reporter, +0200 dates, escaped HTML descriptions with agency datelines 'Ort (dnd) -', «…» quotes, the agency's '© dnd-infoline, 2025. Alle Rechte vorbehalten.' line and the paper's takeover note, a photo gallery, June 2025",
                notes="TRAP: not well-formed (an XML declaration before every item, declaring ISO-8859-1 over UTF-8 bytes). A lenient reader recovers all six items with umlauts intact (the inner declarations must not switch the decoding); a clear one-line refusal is also acceptable.")


# ---------------------------------------------------------------- Urdu TV channel's Telegram posts, every non-ASCII character a numeric reference
def js_escape(s: str) -> str:
    """What `str.replace(/[\\u0080-\\uffff]/g, c => '&#' + c.charCodeAt(0) + ';')` writes: one
    reference per UTF-16 code unit, so characters outside the BMP become two surrogate references."""
    out = []
    for ch in s:
        cp = ord(ch)
        if cp < 0x80:
            out.append(ch)
        elif cp < 0x10000:
            out.append(f"&#{cp};")
        else:
            v = cp - 0x10000
            out.append(f"&#{0xD800 + (v >> 10)};&#{0xDC00 + (v & 0x3FF)};")
    return "".join(out)


def sangam():
    rows, items = [], []
    ch = "sangamnewsurdu"

    def add(mid, title, when, text_html, exp):
        url = f"https://t.me/{ch}/{mid}"
        rows.append(f"<item><title><![CDATA[{js_escape(title)}]]></title><link>{url}</link><guid>{url}</guid><pubDate>{gmt(when)}</pubDate>"
                    f"<description><![CDATA[{js_escape(text_html)}]]></description></item>")
        items.append(exp(url))

    w = d(2021, 4, 18, 22, 40, 0, 5)
    t = "🔴 سعودی عرب اور ایران کے درمیان بغداد میں براہ راست مذاکرات کی اطلاعات"
    add(20817, t, w,
        t + "<br><br>عراقی حکام کے مطابق دونوں ممالک کے اعلیٰ حکام نے اس ماہ کے آغاز میں بغداد میں ملاقات کی۔ سفارتی ذرائع کا کہنا ہے کہ بات چیت یمن کی صورتحال اور سفارتی تعلقات کی بحالی پر مرکوز رہی۔ دونوں ممالک نے باضابطہ طور پر مذاکرات کی تصدیق نہیں کی۔<br><br>👈 مکمل خبر: sangamnews.example/world/20817",
        lambda k: it(k, "سعودی عرب اور ایران کے درمیان بغداد میں براہ راست مذاکرات کی اطلاعات", w, [],
                     junk=["مکمل خبر", "sangamnews.example/world/20817"],
                     note="Every Urdu letter is a decimal numeric reference inside CDATA (so a parser hands them over undecoded) and each emoji is TWO references to UTF-16 surrogates ('&#55357;&#56628;' for 🔴): a reader must decode them to Urdu text and the emoji (or drop the emoji); U+FFFD or literal '&#…;' are defects. Title label '🔴' may be kept or dropped."))
    w = d(2021, 4, 14, 23, 5, 0, 5)
    t = "امریکا کا 11 ستمبر تک افغانستان سے تمام فوجی واپس بلانے کا اعلان"
    add(20779, t, w,
        t + "<br><br>امریکی صدر نے اعلان کیا ہے کہ افغانستان میں موجود تمام امریکی فوجی 11 ستمبر تک واپس بلا لیے جائیں گے۔ پاکستان کے دفتر خارجہ کی ترجمان نے کہا کہ ”پاکستان افغان امن عمل کی حمایت جاری رکھے گا اور ذمہ دارانہ انخلا کا خواہاں ہے“۔<br><br>#افغانستان #امریکا",
        lambda k: it(k, t, w, [], junk=["#افغانستان"],
                     note="US withdrawal from a neighbouring country, with Pakistan's reaction: relevant. The spokeswoman is not named: no quote expected."))
    w = d(2021, 4, 13, 20, 30, 0, 5)
    t = "📺 لائیو: رمضان ٹرانسمیشن سنگم نیوز پر دیکھیں"
    add(20760, t, w, t + "<br>youtube.example/sangamnews/live",
        lambda k: it(k, "رمضان ٹرانسمیشن سنگم نیوز پر دیکھیں", w, [], story=False, rel=False,
                     note="Live-stream pointer: not a story. Title label '📺 لائیو:' may be kept or dropped."))
    w = d(2021, 4, 13, 19, 55, 0, 5)
    t = "رمضان المبارک کا چاند نظر آگیا، پہلا روزہ کل ہوگا"
    add(20757, t, w, t + "<br><br>مرکزی رویت ہلال کمیٹی کے اجلاس کے بعد اعلان کیا گیا کہ ملک بھر میں پہلا روزہ بدھ کو ہوگا۔ 🌙",
        lambda k: it(k, t, w, [], rel=False, note="Domestic religious calendar news: a story, not relevant. A 🌙 (two surrogate references) ends the text."))
    w = d(2021, 4, 12, 16, 10, 0, 5)
    t = "وزیر خارجہ کی ترک ہم منصب سے ٹیلیفون پر گفتگو، افغان امن کانفرنس پر تبادلہ خیال"
    add(20731, t, w,
        t + "<br><br>اسلام آباد: وزیر خارجہ نے ترکی کے وزیر خارجہ سے ٹیلیفون پر رابطہ کیا اور استنبول میں ہونے والی افغان امن کانفرنس کی تیاریوں پر بات کی۔ دونوں رہنماؤں نے خطے میں امن کے لیے مشترکہ کوششیں جاری رکھنے پر اتفاق کیا۔",
        lambda k: it(k, t, w, []))
    w = d(2021, 4, 11, 12, 0, 0, 5)
    t = "👇 ہمارا یوٹیوب چینل سبسکرائب کریں اور بیل آئیکن دبائیں"
    add(20702, t, w, t + "<br>youtube.example/sangamnews",
        lambda k: it(k, "ہمارا یوٹیوب چینل سبسکرائب کریں اور بیل آئیکن دبائیں", w, [], story=False, rel=False,
                     note="Channel promo: not a story. Title label '👇' may be kept or dropped."))
    title = js_escape("Sangam News | سنگم نیوز")
    head = (f"<title><![CDATA[{title}]]></title><link>https://t.me/{ch}</link><description><![CDATA[{js_escape('سنگم نیوز کا آفیشل ٹیلیگرام چینل - تازہ ترین خبریں')}]]></description>"
            f"<lastBuildDate>{gmt(d(2021, 4, 18, 17, 45, 0, 0))}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>' + head + "".join(rows) + "</channel></rss>"
    return feed("ur_pk_sangamnews_telegram_ncr_surrogates.rss.xml", text, items, lang="ur", outlet="سنگم نیوز", aliases=["Sangam News", "Sangam News | سنگم نیوز"],
                acceptable=("decoded", "refused"),
                structure="Pakistani Urdu TV news channel's Telegram channel through a small self-written Node.js bridge: the whole document on one line after the declaration, no trailing newline, pure ASCII bytes, channel title 'Latin name | Urdu name' in CDATA, no <language>, items with CDATA titles (the post's first line) and CDATA descriptions in which EVERY non-ASCII character is a decimal numeric character reference (Urdu letters, ”…“, and emoji as two references to UTF-16 surrogate code units, e.g. '&#55357;&#56628;' for 🔴, as a charCodeAt() escaper writes them), t.me post URLs as link and guid (permalink), GMT dates (Karachi +0500), <br>-separated text, bare-domain links, hashtags, a live-stream pointer and a YouTube promo, April 2021",
                notes="TRAP: well-formed XML, but the text arrives as literal '&#1587;…' strings inside CDATA, and the emoji references are lone surrogates that a naive unescape turns into U+FFFD (or that crash an encoder). A careful reader shows Urdu text and emoji (or drops the emoji); literal references, U+FFFD or a crash are defects; a clear refusal is acceptable.")


FEEDS = [hashedout, scirelay, hohenloher, sangam]
