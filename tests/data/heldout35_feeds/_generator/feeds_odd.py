# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Tech, science and the two broken or oddly encoded feeds of the thirty-fifth held-out set: a
New York tech blog on Tumblr (2012), an Edinburgh science site's TypePad Atom 0.3 feed (2008), a
Harare weekly whose windows-1252 feed carries two agency items pasted in as raw UTF-8 bytes
(2008), and a Swakopmund German-language daily whose ColdFusion feed escapes the CDATA wrapper
it adds (2012). All outlets, people and quotations are invented."""
from h35 import d, esc, feed, it, q, rfc822
from lib import Feed


# ---------------------------------------------------------------- New York tech blog on Tumblr, September 2012
def byteline():
    rows, items = [], []
    base = "http://www.bytelinedaily.example"

    def add(pid, slug, title, when, tags, html, exp):
        rows.append(f"<item><title>{esc(title)}</title><description>{esc(html)}</description><link>{base}/post/{pid}/{slug}</link><guid>{base}/post/{pid}</guid>"
                    f"<pubDate>{rfc822(when)}</pubDate>" + "".join(f"<category>{t}</category>" for t in tags) + "</item>")
        items.append(exp(f"{base}/post/{pid}"))

    w = d(2012, 9, 27, 18, 40, 0, -4)
    add("32401978815", "new-zealand-pm-apologises-to-kim-dotcom", "New Zealand's prime minister apologises for illegal spying on Kim Dotcom", w, ["megaupload", "surveillance", "new zealand"],
        "<p>New Zealand's intelligence agency illegally monitored the Megaupload founder before the January raid on his mansion, the prime minister admitted, and apologised.</p>"
        "<p>&ldquo;The agency relied on bad legal advice about his residency,&rdquo; said Rhys Tamati, a privacy lawyer in Auckland. The US still wants him extradited.</p>"
        "<p><em>Posted by Dana Whitfield</em></p>",
        lambda k: it(k, "New Zealand's prime minister apologises for illegal spying on Kim Dotcom", w, ["Dana Whitfield"], quotes=[q("Rhys Tamati")], junk=["Posted by"],
                     note="Tumblr text post: no author element; the byline is the italic 'Posted by Name' line at the end. Tumblr's escaped HTML keeps HTML named entities (&amp;ldquo;). State surveillance and an extradition case abroad: relevant."))
    w = d(2012, 9, 21, 9, 5, 0, -4)
    add("32001122419", "photo-iphone-5-line-fifth-avenue", "The line outside the Fifth Avenue store at 7am.", w, ["iphone 5", "apple", "photo"],
        '<img src="http://25.media.tumblr.example/tumblr_mam3k1XyZ_500.jpg"/><br/><br/><p>The line outside the Fifth Avenue store at 7am.</p>',
        lambda k: it(k, "The line outside the Fifth Avenue store at 7am.", w, [], story=False, rel=False,
                     note="Tumblr photo post: the caption doubles as the title. Not a story."))
    w = d(2012, 9, 14, 16, 20, 0, -4)
    add("31567700231", "youtube-blocks-film-clip-egypt-libya", "YouTube blocks anti-Islam film clip in Egypt and Libya, but not in the US", w, ["google", "youtube", "censorship"],
        "<p>Google restricted access to the clip in Egypt and Libya after protests at US diplomatic posts, but refused a White House request to review whether it breaks its rules.</p>"
        "<p>&ldquo;A company is now deciding what a country can watch,&rdquo; said Priya Raman of the Open Speech Project.</p>",
        lambda k: it(k, "YouTube blocks anti-Islam film clip in Egypt and Libya, but not in the US", w, [], quotes=[q("Priya Raman", "Open Speech Project")],
                     note="No byline. Platform censorship tied to a foreign crisis: relevant."))
    w = d(2012, 9, 12, 15, 0, 0, -4)
    add("31421098334", "iphone-5-hands-on", "Hands-on: iPhone 5 is taller, lighter and has a new connector", w, ["apple", "iphone 5"],
        "<p>Apple's new phone has a four-inch screen, LTE and the Lightning connector, which replaces the 30-pin dock after nine years.</p>"
        "<p><em>Posted by Marcus Ng</em></p>",
        lambda k: it(k, "Hands-on: iPhone 5 is taller, lighter and has a new connector", w, ["Marcus Ng"], rel=False, junk=["Posted by"],
                     note="Product news: a story, not relevant. Title label 'Hands-on:' may be kept or dropped."))
    w = d(2012, 9, 10, 11, 30, 0, -4)
    add("31250066802", "eu-google-antitrust-deadline", "EU gives Google weeks to offer search concessions", w, ["google", "eu", "antitrust"],
        "<p>Europe's competition commissioner said Google had until the end of the month to propose changes to how it ranks rival services, or face formal charges.</p>",
        lambda k: it(k, "EU gives Google weeks to offer search concessions", w, [], note="A foreign bloc's regulation of a US company: relevant."))
    w = d(2012, 9, 7, 10, 0, 0, -4)
    add("31055590117", "sponsored-cloud-week", "Sponsored: Ten days of cloud storage deals", w, ["sponsored"],
        "<p>This post is brought to you by our partners. Get 50GB free for a year.</p>",
        lambda k: it(k, "Sponsored: Ten days of cloud storage deals", w, [], story=False, rel=False, note="Sponsored post: not a story."))
    head = (f"<description>Technology news from New York, every day.</description><title>Byteline Daily</title><generator>Tumblr (3.0; @bytelinedaily)</generator><link>{base}/</link>")
    text = '<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0"><channel>' + head + "".join(rows) + "</channel></rss>\n"
    return feed("en_tech_bytelinedaily_tumblr.rss.xml", text, items, lang="en", outlet="Byteline Daily", topic="tech", ctype="text/xml; charset=utf-8",
                structure="New York technology blog hosted on Tumblr with a custom domain (/rss) as of September 2012: everything on one line, dc namespace declared and unused, channel description BEFORE title, <generator>Tumblr (3.0; @name)</generator>, items as title, escaped HTML description (named HTML entities &ldquo; kept inside the escaped markup), '/post/<11 digits>/<slug>' links, guid = '/post/<id>' without the slug, -0400 pubDates, tags as <category>, no author: bylines are italic 'Posted by Name' lines; a photo post whose caption is the title, a sponsored post, a product hands-on")


# ---------------------------------------------------------------- Edinburgh science site, TypePad Atom 0.3, September 2008
def lothian():
    entries, items = [], []
    base = "http://www.lothianscience.example"

    def add(pid, slug, title, when, author, subject, summary, html, exp):
        url = f"{base}/review/{when.strftime('%Y/%m')}/{slug}.html"
        tag = f"tag:typepad.com,2003:post-{pid}"
        mod = when.astimezone(d(2008, 1, 1, 0, 0).tzinfo).strftime("%Y-%m-%dT%H:%M:%SZ")
        au = f"\n    <author>\n      <name>{esc(author)}</name>\n    </author>" if author else ""
        entries.append(f"  <entry>\n    <title>{esc(title)}</title>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{url}\" />\n"
                       f"    <link rel=\"service.edit\" type=\"application/x.atom+xml\" href=\"http://www.typepad.com/t/atom/weblog/blog_id=288114/entry_id={pid}\" title=\"{esc(title)}\" />\n"
                       f"    <id>{tag}</id>\n    <issued>{when.isoformat()}</issued>\n    <modified>{mod}</modified>\n    <created>{mod}</created>\n"
                       f"    <summary>{esc(summary)}</summary>{au}\n    <dc:subject>{esc(subject)}</dc:subject>\n"
                       f"    <content type=\"text/html\" mode=\"escaped\" xml:lang=\"en-GB\" xml:base=\"{base}/review/\">{esc(html)}</content>\n  </entry>")
        items.append(exp(tag))

    w = d(2008, 9, 10, 12, 30, 0, 1)
    add(55411802, "lhc-first-beam", "First beam goes all the way round the Large Hadron Collider", w, "Alasdair Munro", "Physics",
        "Protons circled the 27km ring for the first time at 10.28am Geneva time.",
        "<p>Protons circled the 27km ring of CERN's Large Hadron Collider for the first time at 10.28am Geneva time, to cheers in the control room.</p>"
        "<p>&#8220;Twenty years of work, and it took under an hour,&#8221; said Dr Morag Ferguson, a particle physicist at the University of Edinburgh who watched from Geneva.</p>"
        "<p>Collisions are expected within weeks.</p>",
        lambda k: it(k, "First beam goes all the way round the Large Hadron Collider", w, ["Alasdair Munro"], quotes=[q("Morag Ferguson", "University of Edinburgh")],
                     note="TypePad Atom 0.3: <issued> in local time (+01:00), <modified>/<created> in Z, content mode=escaped. An intergovernmental laboratory's milestone: relevant (borderline: science diplomacy)."))
    w = d(2008, 9, 27, 18, 0, 0, 1)
    add(56002217, "shenzhou-7-spacewalk", "China completes its first spacewalk", w, "Alasdair Munro", "Space",
        "Zhai Zhigang spent about 15 minutes outside Shenzhou 7.",
        "<p>A Chinese astronaut spent about 15 minutes outside the Shenzhou 7 capsule, waving a flag, making China the third country to carry out a spacewalk.</p>",
        lambda k: it(k, "China completes its first spacewalk", w, ["Alasdair Munro"], note="A state space programme's milestone: relevant (borderline)."))
    w = d(2008, 9, 17, 9, 15, 0, 1)
    add(55700391, "arctic-sea-ice-minimum-2008", "Arctic sea ice reaches its second-lowest extent on record", w, "Kirsty Baird", "Climate",
        "The ice shrank to 4.5 million sq km.",
        "<p>The Arctic's summer sea ice shrank to 4.5 million square kilometres, second only to last year's record low.</p>",
        lambda k: it(k, "Arctic sea ice reaches its second-lowest extent on record", w, ["Kirsty Baird"], rel=False, note="Science news without world affairs: not relevant."))
    w = d(2008, 9, 30, 16, 45, 0, 1)
    add(56120045, "phoenix-snow-mars", "Phoenix lander sees snow falling from Martian clouds", w, "Kirsty Baird", "Space",
        "A laser on the lander detected snow.",
        "<p>A laser on NASA's Phoenix lander detected snow falling from clouds about 4km above the surface, though it vaporised before reaching the ground.</p>",
        lambda k: it(k, "Phoenix lander sees snow falling from Martian clouds", w, ["Kirsty Baird"], rel=False, note="Planetary science: not relevant."))
    w = d(2008, 9, 5, 11, 0, 0, 1)
    add(55200014, "lecture-dark-matter-october", "Public lecture: What is dark matter? Thursday 2 October", w, "", "Events",
        "Free tickets for readers.",
        "<p>Join us at the Royal Society of Edinburgh on Thursday 2 October at 6pm. Free tickets for readers.</p>",
        lambda k: it(k, "Public lecture: What is dark matter? Thursday 2 October", w, [], story=False, rel=False, note="Event notice: not a story. No author."))
    w = d(2008, 9, 19, 14, 0, 0, 1)
    add(55800702, "podcast-episode-41", "Lothian Science Review podcast, episode 41: the LHC and the black hole scare", w, "Alasdair Munro", "Podcast",
        "This week: why the LHC won't swallow the Earth.",
        '<p>This week: why the LHC won\'t swallow the Earth. <a href="http://www.lothianscience.example/podcast/lsr041.mp3">Download the MP3</a> (24 minutes).</p>',
        lambda k: it(k, "Lothian Science Review podcast, episode 41: the LHC and the black hole scare", w, [], story=False, rel=False, note="Podcast episode: not a story."))
    entries_items = sorted(zip(entries, items, strict=True), key=lambda p: p[1].published, reverse=True)
    entries, items = [e for e, _ in entries_items], [i for _, i in entries_items]
    head = (f'  <title mode="escaped">Lothian Science Review</title>\n  <link rel="alternate" type="text/html" href="{base}/review/" />\n'
            f'  <link rel="service.post" type="application/x.atom+xml" href="http://www.typepad.com/t/atom/weblog/blog_id=288114" title="Lothian Science Review" />\n'
            "  <id>tag:typepad.com,2003:weblog-288114</id>\n  <modified>2008-09-30T15:45:31Z</modified>\n  <tagline>Science news from Edinburgh and beyond</tagline>\n"
            '  <generator url="http://www.typepad.com/">TypePad</generator>\n')
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<feed version="0.3" xmlns="http://purl.org/atom/ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xml:lang="en-GB">\n'
            + head + "\n".join(entries) + "\n</feed>\n")
    return feed("en_science_lothianscience_typepad_atom03.atom.xml", text, items, lang="en", outlet="Lothian Science Review", topic="science", shape="atom",
                ctype="application/atom+xml",
                structure="Edinburgh science magazine on TypePad, /review/atom.xml as TypePad still served it in September 2008: ATOM 0.3 (<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\">), title mode=escaped, tagline, service.post/service.edit links, generator 'TypePad', 'tag:typepad.com,2003:post-<n>' ids, <issued> in local time (+01:00, BST) with <modified>/<created> in Z, plain-text <summary>, author/name or absent, dc:subject, content type=\"text/html\" mode=\"escaped\" with xml:lang and xml:base, numeric-reference curly quotes, an event notice and a podcast episode")


# ---------------------------------------------------------------- Harare weekly, windows-1252 with two items pasted in as raw UTF-8, June 2008
class MixedFeed(Feed):
    """A feed whose bytes are not one encoding: most of it windows-1252 as declared, some items
    raw UTF-8 (agency copy pasted into a Latin-1 database through a UTF-8 web form)."""

    def __init__(self, parts, **kw):
        self.parts = parts
        super().__init__(**kw)

    def write(self):
        data = b"".join(s.encode(codec) for s, codec in self.parts)
        data.decode("cp1252")  # the bench reads the file with the sidecar's codec: it must not fail
        (lib_out() / self.name).write_bytes(data)
        import json
        (lib_out() / f"{self.name}.expect.json").write_text(json.dumps(self.expect(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return data


def lib_out():
    import lib
    return lib.OUT


def kopje():
    parts, items = [], []
    base = "http://www.kopjeherald.example"

    def add(nid, title, when, author, desc, exp, codec="cp1252"):
        au = f"<author>{esc(author)}</author>\r\n" if author else ""
        parts.append((f"<item>\r\n<title>{esc(title)}</title>\r\n<link>{base}/world.php?id={nid}</link>\r\n<description>{esc(desc)}</description>\r\n{au}"
                      f"<pubDate>{rfc822(when)}</pubDate>\r\n<guid isPermaLink=\"false\">{nid}</guid>\r\n</item>\r\n", codec))
        items.append(exp(str(nid)))

    head = (f'<?xml version="1.0" encoding="windows-1252"?>\r\n<rss version="2.0">\r\n<channel>\r\n<title>The Kopje Herald :: World</title>\r\n<link>{base}/</link>\r\n'
            "<description>Zimbabwe’s independent weekly — world news</description>\r\n<language>en</language>\r\n"
            f"<lastBuildDate>{rfc822(d(2008, 6, 26, 19, 5, 0, 2))}</lastBuildDate>\r\n")
    parts.append((head, "cp1252"))
    w = d(2008, 6, 26, 18, 30, 0, 2)
    add(7731, "SADC leaders call for run-off to be postponed", w, "Tendai Mushonga",
        "<p>Southern African leaders meeting in Swaziland called for Friday’s presidential run-off to be postponed, saying conditions for a free vote did not exist.</p>"
        "<p>“The region cannot pretend it has not seen the violence,” said Nomsa Dube, a researcher at a Johannesburg think tank.</p>",
        lambda k: it(k, "SADC leaders call for run-off to be postponed", w, ["Tendai Mushonga"], quotes=[q("Nomsa Dube")],
                     note="windows-1252 as declared (’ “ ” as 0x92 0x93 0x94). The region's diplomacy over the home election: relevant (borderline: the home run-off is the subject, but the item is about foreign governments' position)."))
    w = d(2008, 6, 25, 15, 10, 0, 2)
    add(7724, "Kenya’s coalition cabinet marks 100 days amid squabbles over posts", w, "",
        "<p>NAIROBI (AFP) – Kenya’s power-sharing government marked 100 days in office on Wednesday, with ministers from the two parties still at odds over control of key posts.</p>"
        "<p>\"The coalition is working, but it is not yet a team,\" said Joseph Kamau Ndegwa, a political analyst at a Nairobi university. Nearly 1,500 people died in the violence after December’s election.</p>",
        lambda k: it(k, "Kenya's coalition cabinet marks 100 days amid squabbles over posts", w, [], quotes=[q("Joseph Kamau Ndegwa")], junk=["(AFP)"],
                     note="TRAP: this whole item is raw UTF-8 inside a windows-1252 document (AFP copy pasted through a UTF-8 web form into a Latin-1 database): ’ is E2 80 99, – is E2 80 93. Decoding the document as declared gives 'Kenyaâ€™s' here: mojibake is a defect; repairing these items (decoding the UTF-8 runs as UTF-8) gives clean text. Relevant."),
        codec="utf-8")
    w = d(2008, 6, 24, 12, 0, 0, 2)
    add(7715, "Bread rises to Z$1.6 billion a loaf as inflation soars", w, "Staff Reporter",
        "<p>The price of a standard loaf rose to Z$1.6 billion in Harare supermarkets — three times the price of a fortnight ago.</p>",
        lambda k: it(k, "Bread rises to Z$1.6 billion a loaf as inflation soars", w, [], rel=False, note="Home economy in the world feed: a story, not relevant. '—' is 0x97. 'Staff Reporter' is a credit."))
    w = d(2008, 6, 23, 20, 45, 0, 2)
    add(7709, "South Africa: Mbeki defends ‘quiet diplomacy’ as ANC calls for action", w, "",
        "<p>JOHANNESBURG (Sapa) – President Thabo Mbeki defended his approach to Zimbabwe on Monday as the ANC’s leadership said the situation had become ‘unacceptable’.</p>"
        "<p>\"We cannot impose a solution from Pretoria,\" said Lindiwe Khumalo, a spokeswoman for the presidency, in a statement. The café owners of Hillbrow, many of them Zimbabwean, closed early.</p>",
        lambda k: it(k, "South Africa: Mbeki defends 'quiet diplomacy' as ANC calls for action", w, [], quotes=[q("Lindiwe Khumalo", "presidency")], junk=["(Sapa)"],
                     note="TRAP: raw UTF-8 item in the windows-1252 document (‘ ’ – é as multi-byte sequences). A neighbour's policy toward Zimbabwe: relevant. The president appears only as a setting."),
        codec="utf-8")
    w = d(2008, 6, 22, 21, 30, 0, 2)
    add(7701, "Euro 2008: Turkey stun Croatia on penalties", w, "",
        "<p>Turkey reached the semi-finals after a 1–1 draw and a 3–1 shoot-out win in Vienna.</p>",
        lambda k: it(k, "Euro 2008: Turkey stun Croatia on penalties", w, [], rel=False, note="Foreign sport: a story, not relevant. '–' is 0x96."))
    w = d(2008, 6, 21, 10, 0, 0, 2)
    add(7694, "Pictures: Harare’s fuel queues", w, "",
        "<p>Our photographer’s pictures from Samora Machel Avenue.</p>",
        lambda k: it(k, "Pictures: Harare's fuel queues", w, [], story=False, rel=False, note="Gallery: not a story. Title label 'Pictures:' may be kept or dropped."))
    parts.append(("</channel>\r\n</rss>\r\n", "cp1252"))
    return MixedFeed(parts, name="en_zw_kopjeherald_world_cp1252_mixed_utf8_items.rss.xml", text="", encoding="cp1252", content_type="text/xml; charset=windows-1252",
                     outlet_structure="Harare independent weekly's world page from a hand-written PHP script (world_rss.php) as of June 2008: windows-1252 declared in prolog and header, CRLF line ends, no indentation, no namespaces, channel 'Brand :: World' with ’ and — as single bytes, language 'en', 'world.php?id=<n>' links, numeric non-permalink guids, escaped <p> descriptions, <author> with a person, 'Staff Reporter' or absent, +0200 dates; TRAP: two items (AFP and Sapa copy) are RAW UTF-8 bytes inside the windows-1252 document, so the document is neither valid UTF-8 nor clean windows-1252 text",
                     language="en", outlet="The Kopje Herald", shape="rss2", topic="world", items=items, declared_encoding="windows-1252",
                     notes="TRAP (mixed encodings in one document): the declared windows-1252 is right for four items and the channel, wrong for two items whose bytes are UTF-8. A strict UTF-8 decode fails; decoding as declared turns ’ into 'â€™' in those two items. Good: every item clean (decoding UTF-8 runs where they are valid UTF-8, windows-1252 elsewhere). Acceptable: refusal. Defect: mojibake ('â€™', 'Ã©') in the two items, or a crash.",
                     outlet_aliases=["Kopje Herald"], acceptable_outcomes=["decoded", "refused"])


# ---------------------------------------------------------------- Swakopmund German-language daily, ColdFusion feed with an escaped CDATA wrapper, November 2012
def namib():
    rows, items = [], []
    base = "http://www.namibkurier.example"

    def xmlformat(s):
        """ColdFusion 8's XmlFormat(): & < > " ' escaped, characters 159–255 as hex references."""
        s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&apos;")
        return "".join(f"&#x{ord(c):x};" if 159 <= ord(c) <= 255 else c for c in s)

    def add(aid, ressort, title, when, author, html, exp):
        url = f"{base}/nachrichten/artikel.cfm?id={aid}&amp;ressort={ressort}"
        au = f"\n\t\t<author>{xmlformat(author)}</author>" if author else ""
        rows.append(f"\t<item>\n\t\t<title>{xmlformat(title)}</title>\n\t\t<link>{url}</link>\n\t\t<description>{xmlformat('<![CDATA[' + html + ']]>')}</description>{au}\n"
                    f"\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t<guid>{url}</guid>\n\t</item>")
        items.append(exp(url.replace("&amp;", "&")))

    cd_junk = ["CDATA", "]]>", "<![", "&lt;"]
    w = d(2012, 11, 21, 21, 15, 0, 2)
    add(40127, "ausland", "Waffenruhe zwischen Israel und der Hamas in Kraft", w, "dpa",
        "<p><b>Kairo/Gaza</b> - Nach acht Tagen Luftangriffe und Raketenbeschuss ist eine von Ägypten vermittelte Waffenruhe in Kraft getreten.</p>"
        "<p>„Die Menschen gehen zum ersten Mal seit einer Woche auf die Straße“, sagte der Gaza-Mitarbeiter Khalil Sabbah von einer deutschen Hilfsorganisation.</p>",
        lambda k: it(k, "Waffenruhe zwischen Israel und der Hamas in Kraft", w, [], quotes=[q("Khalil Sabbah")], junk=cd_junk,
                     note="TRAP: ColdFusion wraps the body in '<![CDATA[…]]>' and then runs XmlFormat() over the whole string, so the XML text of <description> is '<![CDATA[<p>…</p>]]>' with the CDATA markers as literal characters (an HTML parser sees a bogus marked section). The summary must show the text inside, without 'CDATA', ']]>' or tags. Umlauts arrive as '&#xe4;'-style references (XmlFormat's 159–255 rule), apostrophes as &apos;. 'dpa' is not a person. Relevant."))
    w = d(2012, 11, 20, 17, 40, 0, 2)
    add(40118, "lokales", "Swakopmund: Stadtrat genehmigt Erweiterung der Mole", w, "Sven Kleinschmidt",
        "<p>Der Stadtrat hat die Erweiterung der Mole genehmigt. Die Arbeiten sollen im März beginnen und 14 Millionen N$ kosten.</p>",
        lambda k: it(k, "Swakopmund: Stadtrat genehmigt Erweiterung der Mole", w, ["Sven Kleinschmidt"], rel=False, junk=cd_junk, note="Home town news: a story, not relevant."))
    w = d(2012, 11, 19, 12, 0, 0, 2)
    add(40105, "ausland", "Südafrika: Marikana-Kommission hört erste Polizisten an", w, "Ilse von Hase",
        "<p><b>Rustenburg</b> - Die Untersuchungskommission zum Tod von 34 Bergleuten in Marikana hat die ersten Polizeibeamten befragt.</p>"
        "<p>„Viele Familien hier haben Söhne in den Minen am Rand“, sagte Pastor Johannes Haufiku aus Ondangwa der Zeitung.</p>",
        lambda k: it(k, "Südafrika: Marikana-Kommission hört erste Polizisten an", w, ["Ilse von Hase"], quotes=[q("Johannes Haufiku")], junk=cd_junk,
                     note="The particle 'von' belongs to the name. A neighbour's inquiry with Namibian miners' families: relevant."))
    w = d(2012, 11, 15, 14, 30, 0, 2)
    add(40071, "ausland", "China: Xi Jinping übernimmt die Parteiführung", w, "dpa/AZ",
        "<p><b>Peking</b> - Der neue Generalsekretär der Kommunistischen Partei stellte den neuen Ständigen Ausschuss des Politbüros vor. China ist Namibias zweitgrößter Handelspartner.</p>",
        lambda k: it(k, "China: Xi Jinping übernimmt die Parteiführung", w, [], junk=cd_junk, note="'dpa/AZ' agencies. The leader is a setting only. Relevant."))
    w = d(2012, 11, 7, 9, 0, 0, 2)
    add(39980, "ausland", "Obama gewinnt die Wiederwahl", w, "Ilse von Hase",
        "<p><b>Washington/Windhoek</b> - US-Präsident Barack Obama hat die Wahl gegen Mitt Romney gewonnen. In Windhoek verfolgten rund 200 Gäste die Wahlnacht in der US-Botschaft.</p>",
        lambda k: it(k, "Obama gewinnt die Wiederwahl", w, ["Ilse von Hase"], junk=cd_junk, note="A foreign election: relevant."))
    w = d(2012, 11, 6, 8, 0, 0, 2)
    add(39968, "bilder", "Bildergalerie: Karneval in Swakopmund", w, "",
        "<p>Die schönsten Bilder vom Umzug.</p>",
        lambda k: it(k, "Bildergalerie: Karneval in Swakopmund", w, [], story=False, rel=False, junk=cd_junk,
                     note="Gallery: not a story. Title label 'Bildergalerie:' may be kept or dropped."))
    head = (f"\t<title>Namib-Kurier - Nachrichten</title>\n\t<link>{base}/</link>\n\t<description>{xmlformat('Die deutschsprachige Tageszeitung für Swakopmund und die Küste')}</description>\n"
            f"\t<language>de</language>\n\t<lastBuildDate>{rfc822(d(2012, 11, 21, 21, 16, 0, 2))}</lastBuildDate>\n")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n' + head + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("de_na_namibkurier_cfm_escaped_cdata.rss.xml", text, items, lang="de", outlet="Namib-Kurier", aliases=["Namib Kurier"], ctype="text/xml; charset=utf-8",
                structure="Swakopmund (Namibia) German-language daily's news feed from a ColdFusion 8 page (rss.cfm) as of November 2012: tab indentation, channel 'Brand - Nachrichten', language 'de' (nothing says Namibia except 'N$', Windhoek, Ondangwa), 'artikel.cfm?id=<n>&amp;ressort=<r>' links repeated as guids, titles, authors and descriptions passed through XmlFormat() (umlauts and ß as '&#xfc;'-style hex references, ' as &apos;, \" as &quot;); TRAP: the description's '<![CDATA[' … ']]>' wrapper is escaped with the body ('&lt;![CDATA[&lt;p&gt;…]]&gt;'), so after XML parsing the text carries literal CDATA markers around the HTML; <author> with a person, 'dpa', 'dpa/AZ' or absent, +0200 dates, bold datelines 'Ort -', „…“ quotes, home town news and a carnival gallery",
                notes="TRAP (escaped CDATA wrapper): the document is well-formed; each description's text is '<![CDATA[<p>…</p>]]>' as characters. Good: summaries with the text inside and no 'CDATA', ']]>' or tags. Defects: literal markers or HTML in the summary, or an EMPTY summary (an HTML sanitiser that drops the marked section drops the whole story text; the bench's own feedparser reading drops it too, so an empty summary here is not counted as empty_summary by the bench and must be looked for in the per-feed output counts).")


FEEDS = [byteline, lothian, kopje, namib]
