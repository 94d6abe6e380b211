# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The tech and science feeds and the two encoding traps of the fifty-sixth held-out set: a
long-form tech site on WordPress, a US science news magazine on WordPress, a Kaunas daily whose
windows-1257 bytes are declared ISO-8859-13, and a Beersheba news site whose windows-1255 bytes
are declared ISO-8859-8. All outlets, people and quotations are invented."""
from h56 import NS_ALL, cd, d, esc, feed, it, ordered, q, rfc822, utc0, wpt


# ---------------------------------------------------------------- long-form tech site on WordPress (November 2021)
def bitmill():
    rows, items = [], []
    base = "https://bitmill.example"

    def add(pid, sect, slug, title, when, creators, cats, dek, caption, credit, paras, left, exp):
        url = f"{base}/{sect}/2021/11/{slug}/"
        fig = (f'<div><figure class="intro-image intro-left"><img src="https://cdn.bitmill.example/wp-content/uploads/2021/11/{slug[:20]}-800x534.jpg" alt="{esc(caption)}" />'
               f'<figcaption class="caption"><div class="caption-text"><a href="https://cdn.bitmill.example/wp-content/uploads/2021/11/{slug[:20]}.jpg" class="enlarge-link" data-height="1333" data-width="2000">Enlarge</a> <span class="sep">/</span> {caption}</div>'
               f'<div class="caption-credit">{credit}</div></figcaption></figure><div><a name="page-1"></a></div>')
        body = fig + "".join(f"<p>{p}</p>" for p in paras) + f'</div><p><a href="{url}#p3">Read {left} remaining paragraphs</a> | <a href="{url}?comments=1">Comments</a></p>'
        crs = "".join(f"\n\t\t<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
        catx = "\n".join(f"\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t\t\t\t<comments>{url}#comments</comments>\n\t\t{crs.strip()}\n\t\t<pubDate>{utc0(when)}</pubDate>\n{catx}\n"
                    f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n\t\t\t\t\t<description><![CDATA[{dek}]]></description>\n\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n"
                    f"\t\t\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t\t<slash:comments>{pid % 300}</slash:comments>\n\t\t\n\t\t\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    tail = ["remaining paragraphs", "Comments", "Enlarge"]
    w = d(2021, 11, 24, 16, 12, 0, -5)
    t = "US blacklists a dozen more Chinese tech firms, citing quantum and military ties"
    add(1816022, "tech-policy", "us-blacklists-a-dozen-more-chinese-tech-firms", t, w, ["Tamsin Orr"], ["Policy", "entity list", "export controls"],
        "Additions to the Entity List cut the firms off from US components without a license.",
        "A technician inspects a silicon wafer at a fab in Jiangsu province.", "STR/AFP via Getty Images",
        ["The US Commerce Department on Wednesday added 12 Chinese companies to its Entity List, saying they support the modernization of China’s military, including work on quantum computing.",
         "“Each round closes a door, but the list is always a step behind the corporate restructuring,” said Meredith Kwan, an analyst at the Center for Trade Security. “Half of these firms will have new subsidiaries by spring.”"], 14,
        lambda k: it(k, t, w, ["Tamsin Orr"], quotes=[q("Meredith Kwan", "Center for Trade Security")], junk=tail,
                     note="Long-form tech site on WordPress 5.8: CDATA dek as description; content:encoded opens with the intro-image figure whose caption reads 'Enlarge / caption' plus a credit div, then the first paragraphs, then the tail 'Read N remaining paragraphs | Comments'. Export controls between states: relevant."))
    w = d(2021, 11, 16, 9, 30, 0, -5)
    t = "Russian anti-satellite test adds 1,500 pieces of trackable debris to low Earth orbit"
    add(1813440, "science", "russian-anti-satellite-test-adds-debris", t, w, ["Eric Lindqvist"], ["Science", "space", "space debris"],
        "ISS crew sheltered in their capsules as the debris cloud passed every 90 minutes.",
        "The International Space Station photographed from a departing cargo craft.", "NASA",
        ["Russia destroyed one of its own defunct satellites with a ground-launched missile on Monday, creating a debris field that forced the crew of the International Space Station to shelter in their spacecraft.",
         "“This is the kind of cloud that stays with us for years, and it crosses the orbits everyone uses,” said Dana Whitfield, a space-debris researcher at the Orbital Safety Institute."], 11,
        lambda k: it(k, t, w, ["Eric Lindqvist"], quotes=[q("Dana Whitfield", "Orbital Safety Institute")], junk=tail,
                     note="A state's weapons test with international consequences: relevant."))
    w = d(2021, 11, 8, 18, 45, 0, -5)
    t = "Europol: Seven ransomware affiliates arrested in coordinated raids across Europe and Asia"
    add(1811005, "information-technology", "europol-seven-ransomware-affiliates-arrested", t, w, ["Tamsin Orr", "Jonah Feld"], ["Biz & IT", "ransomware", "Europol"],
        "Arrests follow a US reward offer and sanctions on a crypto exchange that laundered ransoms.",
        "A server room seized during a police raid.", "Europol",
        ["Police in Romania, Kuwait and South Korea arrested seven people suspected of deploying ransomware for two criminal groups, Europol said on Monday, in an operation involving 17 countries."], 9,
        lambda k: it(k, t, w, ["Tamsin Orr", "Jonah Feld"], junk=tail,
                     note="Two dc:creator elements (two writers). Intergovernmental police operation with sanctions: relevant."))
    w = d(2021, 11, 19, 12, 0, 0, -5)
    t = "Review: A 14-inch laptop that finally gets the keyboard right"
    add(1814218, "gadgets", "review-a-14-inch-laptop-that-finally-gets-the-keyboard-right", t, w, ["Vikram Sethi"], ["Gadgets", "laptops", "Reviews"],
        "Great battery life and a keyboard worth the price, but the webcam is still stuck in 2015.",
        "The laptop in its silver finish.", "Vikram Sethi",
        ["Every year one laptop maker promises a machine for people who type for a living. This year, one of them has actually delivered."], 32,
        lambda k: it(k, t, w, ["Vikram Sethi"], rel=False, junk=tail, note="Product review ('Review:' label): a story, not relevant. The caption credit is the reviewer's own name."))
    w = d(2021, 11, 26, 7, 0, 0, -5)
    t = "Black Friday deals: The best discounts on SSDs, monitors and routers"
    add(1816310, "gadgets", "black-friday-deals-ssds-monitors-routers", t, w, ["Bitmill Deals"], ["Dealmaster", "deals"],
        "Our Dealmaster picks for the biggest shopping weekend of the year. Bitmill may earn a commission on purchases.",
        "A stack of discounted hard drives.", "Bitmill",
        ["Black Friday is here, and so are our favorite discounts."], 40,
        lambda k: it(k, t, w, [], story=False, rel=False, junk=[*tail, "commission"], note="Shopping deals post with an affiliate disclosure: a promotional non-story. 'Bitmill Deals' is not a person."))
    w = d(2021, 11, 12, 15, 20, 0, -5)
    t = "Rust support for the Linux kernel moves a step closer to mainline"
    add(1812777, "gadgets", "rust-support-for-the-linux-kernel-moves-closer", t, w, ["Lena Hartigan"], ["Tech", "Linux", "rust"],
        "A new patch set drops the nightly compiler requirement.",
        "Tux, the Linux mascot.", "Larry Ewing",
        ["The developers working to let kernel drivers be written in Rust have posted a new version of their patches."], 12,
        lambda k: it(k, t, w, ["Lena Hartigan"], rel=False, junk=tail, note="Software news: not relevant."))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            f"\t<title>Bitmill</title>\n\t<atom:link href=\"{base}/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}</link>\n\t<description>Serving the technologist with long reads since 2004</description>\n"
            f"\t<lastBuildDate>{utc0(d(2021, 11, 26, 7, 5, 0, -5))}</lastBuildDate>\n\t<language>en-US</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n"
            "\t<generator>https://wordpress.org/?v=5.8.2</generator>\n")
    text = head + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("en_tech_bitmill_feed_wp58.rss.xml", text, items, lang="en", outlet="Bitmill", topic="tech",
                structure="Long-form technology site's main feed on WordPress 5.8.2 (/feed/), November 2021: stock feed-rss2 template, channel with slogan, en-US, +0000 pubDates (newsroom -0500), CDATA dc:creator (one writer, two elements for two writers, 'Bitmill Deals'), CDATA categories (section and tags), '?p=<id>' guids, CDATA dek as description, content:encoded with the intro-image figure ('Enlarge / caption' and a caption-credit div), the opening paragraphs and the tail 'Read N remaining paragraphs | Comments'; a review, a deals post with an affiliate disclosure",
                notes="Relevance: world-affairs weight only (export controls, a state's weapons test, an intergovernmental police operation); products and software are not relevant.")


# ---------------------------------------------------------------- US science news magazine on WordPress (May 2023)
def chronicle():
    rows, items = [], []
    base = "https://www.sciencechronicle.example"

    def add(pid, sect, slug, title, when, creator, dek, paras, exp):
        url = f"{base}/article/{slug}"
        foot = f'<p>The post <a href="{url}">{wpt(title)}</a> appeared first on <a href="{base}">Science Chronicle</a>.</p>\n'
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{utc0(when)}</pubDate>\n"
                    f"\t\t<category><![CDATA[{sect}]]></category>\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n"
                    f"\t\t\t\t\t<description><![CDATA[<p>{dek}</p>\n{foot}]]></description>\n"
                    f"\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{''.join(f'<p>{p}</p>' for p in paras)}\n{foot}]]></content:encoded>\n\t\t\t\t\t\n\t\t\t\n\t\t\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    junk = ["appeared first on"]
    w = d(2023, 5, 11, 14, 0, 0, -4)
    t = "What the new high seas treaty could mean for life in the open ocean"
    add(3125408, "Oceans", "high-seas-treaty-ocean-biodiversity-marine-protected-areas", t, w, "Hannah Delacroix",
        "Nations agreed on how to create protected areas in international waters. Now comes the hard part.",
        ["After nearly two decades of talks, United Nations member states agreed in March on a treaty to protect biodiversity in waters beyond national jurisdiction, which cover nearly half of the planet’s surface.",
         "“For the first time there is a legal path to protecting places like seamounts that no single country owns,” says Kelsey Ortiz, a marine ecologist at the Pacific Ocean Research Consortium in Honolulu."],
        lambda k: it(k, t, w, ["Hannah Delacroix"], quotes=[q("Kelsey Ortiz", "Pacific Ocean Research Consortium")], junk=junk,
                     note="Science magazine on WordPress: dc:creator BEFORE pubDate, one CDATA category, '?p=' guids, CDATA <p> dek plus the 'The post … appeared first on …' footer as description, the same footer after the body in content:encoded. An intergovernmental agreement: relevant. The city after the body's name is not part of the affiliation."))
    w = d(2023, 5, 5, 16, 30, 0, -4)
    t = "WHO says COVID-19 is no longer a global health emergency"
    add(3124217, "Health & Medicine", "who-covid-19-no-longer-global-health-emergency", t, w, "Jordan Ashby",
        "The decision ends a declaration in place since January 2020, but the virus is still killing thousands each week.",
        ["The World Health Organization on May 5 declared that COVID-19 no longer represents a public health emergency of international concern.",
         "“Ending the emergency is not the same as ending the risk, and countries will read it very differently,” says Maria Alvarez-Kim, an epidemiologist at the Global Health Security Institute."],
        lambda k: it(k, t, w, ["Jordan Ashby"], quotes=[q("Maria Alvarez-Kim", "Global Health Security Institute")], junk=junk,
                     note="A decision of an international body with consequences for states' policies: relevant (borderline for a science feed)."))
    w = d(2023, 5, 18, 11, 0, 0, -4)
    t = "Satellite images show war has left a fifth of Ukraine’s farmland unplanted"
    add(3126550, "Earth", "satellite-images-ukraine-farmland-war", t, w, "Nikolai Brandt",
        "Mines, craters and lost labor have taken millions of hectares out of production.",
        ["An analysis of satellite imagery suggests that about 20 percent of the cropland that Ukraine planted before the Russian invasion lay fallow last year."],
        lambda k: it(k, t, w, ["Nikolai Brandt"], junk=junk, note="Consequences of a war between states for food supplies: relevant."))
    w = d(2023, 5, 24, 13, 15, 0, -4)
    t = "Fruit bats may use a ‘map sense’ to find trees they have never visited"
    add(3127102, "Animals", "fruit-bats-map-sense-navigation", t, w, "Erin Gallagher",
        "GPS-tagged bats in Israel flew straight to new fruit trees kilometers away.",
        ["Egyptian fruit bats appear to carry a mental map of their home range, a study in Science suggests."],
        lambda k: it(k, t, w, ["Erin Gallagher"], rel=False, junk=junk, note="Single study (done abroad): not relevant."))
    w = d(2023, 5, 26, 17, 40, 0, -4)
    t = "A lunar lander crashed because its software doubted its own altimeter"
    add(3127499, "Space", "lunar-lander-crash-software-altimeter", t, w, "Priya Venkataraman",
        "The private spacecraft ran out of fuel while hovering about five kilometers above the surface.",
        ["The first private attempt to land on the moon failed because onboard software rejected correct altitude readings as it passed over a crater rim, the company said."],
        lambda k: it(k, t, w, ["Priya Venkataraman"], rel=False, junk=junk, note="A company's mission: not relevant."))
    w = d(2023, 5, 22, 10, 0, 0, -4)
    t = "Join us June 8 for a live Q&A on the science of wildfire smoke"
    add(3126890, "Events", "live-qa-wildfire-smoke-event", t, w, "Science Chronicle",
        "Register now for our free subscriber event with two of our science writers.",
        ["Submit your questions in advance when you register. The event is free for subscribers."],
        lambda k: it(k, t, w, [], story=False, rel=False, junk=[*junk, "Register now"], note="Event promotion: a non-story. dc:creator is the brand."))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
            '\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\t>\n\n<channel>\n'
            f"\t<title>Science Chronicle</title>\n\t<atom:link href=\"{base}/feed\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}</link>\n\t<description>Independent journalism about science since 1934</description>\n"
            f"\t<lastBuildDate>{utc0(d(2023, 5, 26, 17, 45, 0, -4))}</lastBuildDate>\n\t<language>en-US</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n"
            "\t<generator>https://wordpress.org/?v=6.2.2</generator>\n")
    text = head + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("en_science_sciencechronicle_feed_wp62.rss.xml", text, items, lang="en", outlet="Science Chronicle", topic="science",
                structure="US science news magazine's main feed on WordPress 6.2.2 (/feed), May 2023: trimmed namespace block (content, dc, atom, sy), slogan as description, en-US, +0000 pubDates (newsroom -0400); items with dc:creator BEFORE pubDate, one CDATA category, '?p=<id>' guids, CDATA <p> dek + the SEO plugin's 'The post … appeared first on …' footer as description, content:encoded with the opening paragraphs and the same footer; “…” quotes with 'says'; an event promotion",
                notes="Relevance: world-affairs weight only (an intergovernmental treaty, an international body's declaration, a war's effect on food supply); single studies and company missions are not relevant.")


# ---------------------------------------------------------------- Kaunas daily: windows-1257 bytes declared ISO-8859-13 (July 2020)
def zaliakalnis():
    rows, items = [], []
    base = "https://www.zaliakalniozinios.example"

    def add(nid, sect, slug, title, when, author, text, exp):
        url = f"{base}/{sect}/{slug}-{nid}"
        au = f"\n    <author>{esc(author)}</author>" if author else ""
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <description>{esc(text)}</description>{au}\n    <pubDate>{rfc822(when)}</pubDate>\n    <guid>{url}</guid>\n  </item>")
        items.append(exp(url))

    w = d(2020, 7, 20, 14, 25, 0, 3)
    t = "Lietuva ragina Latviją ir Estiją nepirkti Astravo AE elektros"
    add(954120, "pasaulis", "lietuva-ragina-latvija-ir-estija-nepirkti-astravo-ae-elektros", t, w, "Rūta Kazlauskienė",
        "<p>Energetikos ministerija pirmadienį paragino kaimynes laikytis susitarimo nepirkti elektros iš Baltarusijos Astravo atominės elektrinės, kuri turėtų būti paleista rudenį.</p>"
        "<p>„Kiekviena iš Astravo nupirkta kilovatvalandė finansuoja nesaugų projektą vos 50 kilometrų nuo Vilniaus“, – sakė Tomas Žemaitis, Energetikos ministerijos viceministras.</p>",
        lambda k: it(k, t, w, ["Rūta Kazlauskienė"], quotes=[q("Tomas Žemaitis", "Energetikos ministerijos viceministras")],
                     note="TRAP: the bytes are windows-1257, the prolog and the Content-Type say ISO-8859-13. The Lithuanian letters sit at the same positions in both, but „ “ and the en dash are windows-1257 bytes 0x84, 0x93, 0x96: read as declared they become the C1 control characters U+0084, U+0093, U+0096 (legal in XML 1.0, invisible or boxes on screen), so the quotation marks and dashes vanish. The affiliation is the role with its body as the text gives it. The home country's energy diplomacy with its neighbours: relevant."))
    w = d(2020, 7, 28, 18, 40, 0, 3)
    t = "Baltarusijoje prieš rinkimus sulaikyta dar keliolika opozicijos aktyvistų"
    add(955301, "pasaulis", "baltarusijoje-pries-rinkimus-sulaikyta-dar-keliolika-aktyvistu", t, w, "BNS",
        "<p>Likus mažiau nei dviem savaitėms iki prezidento rinkimų, Baltarusijos pareigūnai Minske ir Gardine sulaikė dar 14 opozicijos rėmėjų – tarp jų du nepriklausomus žurnalistus.</p>",
        lambda k: it(k, t, w, [], note="Agency credit 'BNS' in <author> (not a person). Relevant."))
    w = d(2020, 7, 15, 9, 10, 0, 3)
    t = "Laisvės alėjos rekonstrukcija užtruks iki spalio"
    add(953507, "kaunas", "laisves-alejos-rekonstrukcija-uztruks-iki-spalio", t, w, "Mindaugas Petrauskas",
        "<p>Rangovai prašo savivaldybės pratęsti darbų terminą – po grindiniu rasta senų inžinerinių tinklų, kurių nebuvo projekte.</p>",
        lambda k: it(k, t, w, ["Mindaugas Petrauskas"], rel=False, note="City news: not relevant."))
    w = d(2020, 7, 23, 11, 0, 0, 3)
    t = "Atvykstantiems iš Švedijos ir Portugalijos – privaloma 14 dienų saviizoliacija"
    add(954588, "lietuva", "atvykstantiems-is-svedijos-ir-portugalijos-saviizoliacija", t, w, "",
        "<p>Sveikatos apsaugos ministerija atnaujino šalių, iš kurių atvykus privaloma izoliuotis, sąrašą. Nuo pirmadienio į jį įtrauktos Švedija, Portugalija ir Liuksemburgas.</p>",
        lambda k: it(k, t, w, [], rel=False, note="Looks foreign (a list of countries) but is a home health rule: not relevant. No <author>."))
    w = d(2020, 7, 26, 21, 30, 0, 3)
    t = "Fotogalerija: Pažaislio festivalio atidarymas po atviru dangumi"
    add(954977, "kultura", "fotogalerija-pazaislio-festivalio-atidarymas", t, w, "",
        "<p>Festivalis šiemet prasidėjo vienuolyno kieme – žiūrovai sėdėjo per atstumą.</p>",
        lambda k: it(k, t, w, [], story=False, rel=False, note="Photo gallery ('Fotogalerija:'): a non-story."))
    w = d(2020, 7, 30, 16, 5, 0, 3)
    t = "Pabradėje – dar 500 JAV karių: pratybos truks iki spalio"
    add(955560, "lietuva", "pabradeje-dar-500-jav-kariu", t, w, "Rūta Kazlauskienė",
        "<p>Į Pabradės poligoną atvyko JAV kariuomenės batalionas su tankais „Abrams“ ir pėstininkų kovos mašinomis.</p>"
        "<p>„Tai aiškus signalas, kad sąjungininkai regione liks tiek, kiek reikės“, – sakė Vilius Šimkus, Krašto apsaugos ministerijos atstovas spaudai.</p>",
        lambda k: it(k, t, w, ["Rūta Kazlauskienė"], quotes=[q("Vilius Šimkus", "Krašto apsaugos ministerijos atstovas spaudai")],
                     note="Allied troops deployed in the home country: relevant (defence and alliance policy). „Abrams“ is a name in quotation marks, not a quotation."))
    rows, items = ordered(rows, items)
    head = ('<?xml version="1.0" encoding="ISO-8859-13"?>\n<rss version="2.0">\n<channel>\n  <title>Žaliakalnio žinios – Pasaulis</title>\n'
            f"  <link>{base}/pasaulis</link>\n  <description>Naujienos iš Kauno, Lietuvos ir pasaulio</description>\n  <language>lt</language>\n"
            f"  <copyright>© 2020 UAB „Žaliakalnio žinios“</copyright>\n  <lastBuildDate>{rfc822(d(2020, 7, 30, 16, 10, 0, 3))}</lastBuildDate>\n")
    text = head + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("lt_zaliakalniozinios_pasaulis_cp1257_as_iso885913.rss.xml", text, items, lang="lt", outlet="Žaliakalnio žinios",
                encoding="cp1257", declared="ISO-8859-13", ctype="application/rss+xml; charset=ISO-8859-13", acceptable=("decoded", "refused"),
                structure="Kaunas daily's 'Pasaulis' feed from a home-grown PHP site, July 2020: the bytes are windows-1257 while the XML prolog AND the HTTP header declare ISO-8859-13 (the Baltic ISO code page the site's template names); the letters ą č ę ė į š ų ū ž coincide in both, but windows-1257's „ “ and – (0x84, 0x93, 0x96) are C1 control characters in ISO-8859-13, so a reader that trusts the declaration loses every quotation mark and dash (also in the channel title '… – Pasaulis' and the copyright 'UAB „…“'); no namespaces, two-space indentation, language 'lt'; items title, link '/<section>/<slug>-<id>', escaped <p> description, <author> with a person, the agency 'BNS' or absent, +0300 pubDate, <guid> = link; „…“ quotes with '– sakė'; city news, a home health rule and a gallery among world stories",
                notes="Relevance from Lithuania. Decoding with windows-1257 is the good outcome; a one-line refusal is acceptable; C1 controls in place of quotation marks and dashes are mojibake.")


# ---------------------------------------------------------------- Beersheba news site: windows-1255 bytes declared ISO-8859-8 (August 2023)
def negev():
    rows, items = [], []
    base = "https://www.hanegevhayom.example"
    nl = "\r\n"

    def add(nid, cat, title, when, author, text, exp):
        url = f"{base}/article.asp?id={nid}"
        au = f"{nl}<author>{esc(author)}</author>" if author else ""
        rows.append(f"<item>{nl}<title>{esc(title)}</title>{nl}<link>{url}</link>{nl}<description>{esc(text)}</description>{au}{nl}<category>{esc(cat)}</category>{nl}"
                    f"<pubDate>{rfc822(when)}</pubDate>{nl}<guid isPermaLink=\"false\">{nid}</guid>{nl}</item>")
        items.append(exp(str(nid)))

    w = d(2023, 8, 19, 22, 40, 0, 3)
    t = "אלפים הפגינו בבאר שבע נגד המהפכה המשפטית"
    add(88412, "חדשות באר שבע", t, w, "יוסי אלמוג",
        "אלפי מפגינים צעדו במוצאי שבת מצומת הנשיאים לבית המשפט המחוזי. “אנחנו כאן כל שבוע, ונמשיך לבוא עד שהחקיקה תיעצר”, אמרה מיכל אזולאי, מורה מהעיר.",
        lambda k: it(k, t, w, ["יוסי אלמוג"], rel=False, quotes=[q("מיכל אזולאי")],
                     note="TRAP: the bytes are windows-1255, the prolog and the Content-Type say ISO-8859-8. Hebrew letters coincide, but windows-1255's curly quotes and dashes (0x93, 0x94, 0x96) are C1 controls in ISO-8859-8, the shekel sign 0xA4 is '¤' there, and the gershayim ״ (0xD8) used in abbreviations is UNDEFINED in ISO-8859-8 (a strict decoder fails on it). Home protest: not relevant. 'a teacher from the city' is not a body: no affiliation."))
    w = d(2023, 8, 9, 16, 15, 0, 3)
    t = "דיווח: ארה״ב וסעודיה סיכמו על קווי המתאר להסכם נורמליזציה עם ישראל"
    add(88105, "חדשות בעולם", t, w, "רונית בן עמי",
        "לפי הדיווח, המגעים מתמקדים בערבויות ביטחוניות לסעודיה ובתוכנית גרעין אזרחית. “זו הפעם הראשונה שהצדדים מדברים על לוחות זמנים, ולא רק על עקרונות”, אמרה ד״ר נועה בן שושן, ראש המרכז לחקר המפרץ.",
        lambda k: it(k, t, w, ["רונית בן עמי"], quotes=[q("נועה בן שושן", "המרכז לחקר המפרץ")],
                     note="Gershayim ״ in 'ארה״ב' (title) and 'ד״ר' (body): under the declared ISO-8859-8 these bytes are undefined. 'ד״ר' (Dr) is a title, not part of the name; the body is the research centre she heads. Relevant."))
    w = d(2023, 8, 1, 12, 0, 0, 3)
    t = "ניז׳ר: המשטר הצבאי דוחה את האולטימטום של מדינות מערב אפריקה"
    add(87830, "חדשות בעולם", t, w, "סוכנויות הידיעות",
        "ראשי ההפיכה בניז׳ר הודיעו כי לא יחזירו את הנשיא המודח לתפקידו – חרף איום של ארגון אקווס בהתערבות צבאית.",
        lambda k: it(k, t, w, [], note="'סוכנויות הידיעות' (the news agencies) is not a person. The geresh in 'ניז׳ר' (0xD7) is also undefined in ISO-8859-8. Relevant."))
    w = d(2023, 8, 22, 10, 30, 0, 3)
    t = "מחירי הדירות בבאר שבע עלו ב־5% בשנה האחרונה"
    add(88520, "כלכלה", t, w, "רונית בן עמי",
        "מחיר דירת ארבעה חדרים ממוצעת בעיר הגיע ל־1.32 מיליון ₪, כך עולה מנתוני הלשכה המרכזית לסטטיסטיקה.",
        lambda k: it(k, t, w, ["רונית בן עמי"], rel=False, note="The shekel sign ₪ (0xA4 in windows-1255) reads as '¤' under ISO-8859-8; the maqaf ־ (0xCE) is undefined there. Home business: not relevant."))
    w = d(2023, 8, 14, 19, 45, 0, 3)
    t = "ספורטאית מבאר שבע זכתה במדליית ארד באליפות אירופה בג׳ודו לנוער"
    add(88290, "ספורט", t, w, "מערכת הנגב היום",
        "הספורטאית בת ה־17 מהמועדון העירוני עלתה לפודיום באליפות שנערכה בפולין.",
        lambda k: it(k, t, w, [], rel=False, note="Home sport (a local athlete abroad): not relevant. 'מערכת הנגב היום' (the editorial staff) is not a person."))
    w = d(2023, 8, 25, 13, 0, 0, 3)
    t = "גלריה: פסטיבל הרחוב בעיר העתיקה"
    add(88601, "תרבות", t, w, "",
        "תמונות מהערב הראשון של פסטיבל הרחוב. צילום: אבי דהן",
        lambda k: it(k, t, w, [], story=False, rel=False, junk=["צילום:"], note="Photo gallery ('גלריה:') with a photo credit: a non-story."))
    rows, items = ordered(rows, items)
    head = (f'<?xml version="1.0" encoding="ISO-8859-8"?>{nl}<rss version="2.0">{nl}<channel>{nl}<title>הנגב היום – חדשות</title>{nl}<link>{base}/</link>{nl}'
            f"<description>הנגב היום – אתר החדשות של באר שבע והנגב</description>{nl}<language>he</language>{nl}<lastBuildDate>{rfc822(d(2023, 8, 25, 13, 5, 0, 3))}</lastBuildDate>{nl}")
    text = head + nl.join(rows) + f"{nl}</channel>{nl}</rss>{nl}"
    return feed("he_hanegevhayom_news_cp1255_as_iso88598.rss.xml", text, items, lang="he", outlet="הנגב היום",
                encoding="cp1255", declared="ISO-8859-8", ctype="text/xml; charset=ISO-8859-8", acceptable=("decoded", "refused"),
                structure="Beersheba regional news site's feed from a classic ASP page (/rss.asp), August 2023: the bytes are windows-1255 while the XML prolog AND the HTTP header declare ISO-8859-8 (the 'visual' Hebrew ISO code page): the letters coincide, but windows-1255's “ ” – (0x93, 0x94, 0x96) are C1 controls under the declaration, ₪ (0xA4) becomes '¤', and the geresh ׳, gershayim ״ and maqaf ־ (0xD7, 0xD8, 0xCE) are undefined in ISO-8859-8, so a strict decoder stops at the first abbreviation; CRLF line ends, no namespaces, no indentation, channel 'Brand – חדשות', language 'he'; items title, link 'article.asp?id=<n>', plain-text description, <author> with a person, the agencies, the editorial staff or absent, Hebrew <category>, +0300 pubDate, numeric non-permalink guid; “…” quotes with 'אמרה'; home protest, prices and sport and a gallery",
                notes="Relevance from Israel. Decoding with windows-1255 is the good outcome; a one-line refusal is acceptable; U+FFFD, '¤' for ₪ or C1 controls for quotation marks are mojibake.")


FEEDS = [bitmill, chronicle, zaliakalnis, negev]
