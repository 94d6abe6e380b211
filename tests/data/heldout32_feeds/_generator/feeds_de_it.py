# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German and Italian feeds of the thirty-second held-out set: an Austrian news agency's public
'Ausland' feed, a Swiss foreign ministry's press releases, a German public broadcaster's news
account on Mastodon through an RSSHub bridge (Atom), an Italian news agency's 'Mondo' feed and an
Italian world-affairs newsletter on Substack. All outlets, people and quotations are invented."""
from h32 import cd, d, esc, feed, gmt, it, ordered, q, rfc822


# ---------------------------------------------------------------- Austrian news agency's public feed
def apd():
    rows, items = [], []
    base = "https://www.apd.example"

    def add(nid, title, when, body, exp, rubrik="Ausland"):
        url = f"{base}/meldung/{when:%Y%m%d}/{nid}"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(body)}</description>\n<category>{rubrik}</category>\n"
                    f"<pubDate>{rfc822(when)}</pubDate>\n<guid isPermaLink=\"false\">APD{nid}</guid>\n</item>")
        items.append(exp(f"APD{nid}"))

    w = d(2024, 7, 10, 21, 48, 0, 2)
    add("0581", "EIL: NATO sagt Ukraine 40 Milliarden Euro Militärhilfe für 2025 zu", w,
        "Washington (APD) - Die NATO-Staaten haben der Ukraine beim Gipfel in Washington Militärhilfe im Umfang von mindestens 40 Milliarden Euro für das kommende Jahr zugesagt. Das geht aus der Abschlusserklärung hervor, die am Mittwochabend veröffentlicht wurde. Eine Beitrittseinladung enthält die Erklärung nicht.<br/>(Weitere Meldung folgt) kre/ths",
        lambda k: it(k, "NATO sagt Ukraine 40 Milliarden Euro Militärhilfe für 2025 zu", w, [],
                     junk=["(Weitere Meldung folgt)", "kre/ths"],
                     note="Urgent flash: title label 'EIL:' may be kept or dropped. The '(Weitere Meldung folgt)' note and the editors' initials 'kre/ths' end the text."))
    w = d(2024, 7, 10, 16, 5, 0, 2)
    add("0544", "ROUNDUP: Ungarns EU-Ratsvorsitz beginnt mit Streit über Reisediplomatie", w,
        "Von Miriam Hollerer, APD<br/>Brüssel (APD) - Kaum zehn Tage im Amt, sorgt die ungarische EU-Ratspräsidentschaft für offenen Streit in Brüssel. Mehrere Mitgliedstaaten kündigten an, informelle Ministertreffen in Ungarn nur noch auf Beamtenebene zu beschicken.<br/>«Wer im Namen der Union reist, muss mit der Union sprechen», sagte der luxemburgische Europaabgeordnete Marc Weydert am Mittwoch. Ein Sprecher der Kommission erklärte, die Präsidentschaft habe kein Mandat für Gespräche im Namen aller 27.<br/>Auch in Wien stieß die Reise auf Kritik. Außenamtssprecherin Karin Pfeifenberger sagte, Österreich setze auf «Geschlossenheit in der Ukraine-Frage».<br/>(Schluss) mho/ths",
        lambda k: it(k, "Ungarns EU-Ratsvorsitz beginnt mit Streit über Reisediplomatie", w, ["Miriam Hollerer"], quotes=[q("Marc Weydert", "Europaabgeordnete"), q("Karin Pfeifenberger", "Außenamtssprecherin")],
                     junk=["Von Miriam Hollerer", "(Schluss)", "mho/ths"],
                     note="Agency roundup: title label 'ROUNDUP:' may be kept or dropped; the byline 'Von NAME, APD' is the text's first line, '(Schluss)' and initials close it."))
    w = d(2024, 7, 10, 11, 30, 0, 2)
    add("0512", "KORREKTUR: Slowakei und Österreich vereinbaren gemeinsame Grenzkontrollen an der Donau", w,
        "(Im zweiten Absatz wurde der Name des slowakischen Innenministers berichtigt.)<br/>Bratislava (APD) - Österreich und die Slowakei wollen ab August gemeinsame Streifen an der Donaugrenze einsetzen, um Schlepperrouten zu unterbinden. Das vereinbarten die Innenminister beider Länder am Mittwoch in Bratislava.<br/>Der slowakische Innenminister Tomáš Ďurkovič-Hrnčár sprach von einem «Modell für den ganzen Schengenraum». Kritik kam von Menschenrechtsorganisationen, die vor Zurückweisungen ohne Asylprüfung warnten.<br/>(Schluss) bei/ths",
        lambda k: it(k, "Slowakei und Österreich vereinbaren gemeinsame Grenzkontrollen an der Donau", w, [], quotes=[q("Tomáš Ďurkovič-Hrnčár", "Innenminister")],
                     junk=["Im zweiten Absatz wurde", "berichtigt", "(Schluss)", "bei/ths"],
                     note="Corrected reissue of a story: the correction note in brackets opens the text. Bilateral border agreement: relevant. Title label 'KORREKTUR:' may be kept or dropped."))
    w = d(2024, 7, 9, 19, 20, 0, 2)
    add("0477", "Wahlkampf: Parteien einigen sich auf sechs TV-Konfrontationen", w,
        "Wien (APD) - Die im Nationalrat vertretenen Parteien haben sich mit den Fernsehsendern auf sechs Zweierkonfrontationen vor der Wahl im Herbst geeinigt. Die erste Debatte ist für Anfang September geplant.<br/>(Schluss) sws/ths",
        lambda k: it(k, "Wahlkampf: Parteien einigen sich auf sechs TV-Konfrontationen", w, [], rel=False, junk=["(Schluss)", "sws/ths"],
                     note="Austrian election campaign: home politics, not relevant."), rubrik="Inland")
    w = d(2024, 7, 9, 17, 0, 0, 2)
    add("0461", "APD-Tagesvorschau: Termine am 10. Juli 2024", w,
        "WASHINGTON: NATO-Gipfel, zweiter Tag (bis 11.7.)<br/>BRÜSSEL: Treffen der EU-Finanzminister<br/>WIEN: Pressekonferenz zur Tourismusbilanz, 10.00 Uhr<br/>(Schluss) red",
        lambda k: it(k, "APD-Tagesvorschau: Termine am 10. Juli 2024", w, [], story=False, rel=False, note="Agency diary of the next day's appointments: not a story."), rubrik="Vorschau")
    w = d(2024, 7, 9, 17, 45, 0, 2)
    add("0466", "Tour de France: Tiroler Gamper fährt auf Rang drei", w,
        "Troyes (APD) - Der Tiroler Radprofi Lukas Gamper ist auf der neunten Etappe der Tour de France auf den dritten Platz gefahren.<br/>(Schluss) spo/ths",
        lambda k: it(k, "Tour de France: Tiroler Gamper fährt auf Rang drei", w, [], rel=False, junk=["(Schluss)", "spo/ths"], note="Sport: a story, not relevant."), rubrik="Sport")
    rows, items = ordered(rows, items)
    head = (f"<title>APD - Austria Presse Dienst - Ausland</title>\n<link>{base}/ausland</link>\n<description>Meldungen der Austria Presse Dienst GmbH - Ausland</description>\n"
            f"<language>de-at</language>\n<copyright>© 2024 APD - Austria Presse Dienst eG</copyright>\n<lastBuildDate>{rfc822(d(2024, 7, 10, 21, 49, 30, 2))}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + head + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("de_at_apd_ausland_agency.rss.xml", text, items, lang="de", outlet="APD", aliases=["Austria Presse Dienst", "APD - Austria Presse Dienst"],
                structure="Austrian national news agency's (APA-style, Vienna) public 'Ausland' feed: no namespaces, no indentation, channel 'ACRONYM - Name - Ausland', description naming the GmbH, copyright of the 'eG' with ©, de-at, 'APD<4 digits>' non-permalink guids, '/meldung/YYYYMMDD/<n>' links, <category> with the agency desk (Ausland, Inland, Vorschau, Sport), +0200 dates, escaped plain-text descriptions with <br/> line breaks: agency datelines 'Ort (APD) -', title labels 'EIL:', 'ROUNDUP:' and 'KORREKTUR:' with a bracketed correction note, a 'Von NAME, APD' byline line, «…» quotes, '(Weitere Meldung folgt)' and '(Schluss) xyz/ths' editors' initials, and the agency's diary of appointments, July 2024")


# ---------------------------------------------------------------- Swiss foreign ministry press releases (federal news service)
def dab():
    rows, items = [], []
    base = "https://www.admin.example"

    def add(mid, title, when, lead, exp):
        url = f"{base}/gov/de/start/dokumentation/medienmitteilungen.msg-id-{mid}.html"
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <description>{esc(lead)}</description>\n      <pubDate>{gmt(when)}</pubDate>\n      <guid>{url}</guid>\n    </item>")
        items.append(exp(url))

    w = d(2024, 11, 27, 15, 30, 0, 1)
    add(103412, "Sanktionen: Bundesrat übernimmt 14. Massnahmenpaket der EU", w,
        "Bern, 27.11.2024 - Der Bundesrat hat an seiner Sitzung vom 27. November 2024 beschlossen, die Sanktionen der EU gegen Russland aus dem 14. Massnahmenpaket zu übernehmen. Neu betroffen sind unter anderem der Umschlag von russischem Flüssigerdgas sowie 69 Personen und 47 Organisationen. Die Massnahmen treten am 28. November 2024 um 18.00 Uhr in Kraft.",
        lambda k: it(k, "Sanktionen: Bundesrat übernimmt 14. Massnahmenpaket der EU", w, [],
                     note="Federal press release: the description opens with 'Bern, DD.MM.YYYY - ', the news service's dateline. Sanctions: relevant."))
    w = d(2024, 11, 22, 10, 0, 0, 1)
    add(103377, "Bundesrätin Rüegsegger reist nach Kiew und Chisinau", w,
        "Bern, 22.11.2024 - Die Vorsteherin des Departements für Aussenbeziehungen, Bundesrätin Verena Rüegsegger, reist vom 24. bis 26. November 2024 in die Ukraine und nach Moldau. In Kiew wird sie mit dem ukrainischen Aussenminister über die Umsetzung des Länderprogramms für den Wiederaufbau sprechen. «Die Schweiz bleibt eine verlässliche Partnerin beim Wiederaufbau», sagte Rüegsegger vor der Abreise.",
        lambda k: it(k, "Bundesrätin Rüegsegger reist nach Kiew und Chisinau", w, [], quotes=[q("Verena Rüegsegger", "Departement für Aussenbeziehungen")]))
    w = d(2024, 11, 20, 13, 0, 0, 1)
    add(103350, "Einladung an die Medien: Medienkonferenz zur Humanitären Konferenz Genf", w,
        "Bern, 20.11.2024 - Die Medienschaffenden sind herzlich eingeladen zur Medienkonferenz am Montag, 25. November 2024, 10.30 Uhr, im Medienzentrum Bundeshaus, Bundesgasse 8, Bern. Akkreditierung bis Freitag, 12 Uhr, an medien@dab.admin.example.",
        lambda k: it(k, "Einladung an die Medien: Medienkonferenz zur Humanitären Konferenz Genf", w, [], story=False, rel=False,
                     note="Invitation to a press conference with accreditation details: not a story."))
    w = d(2024, 11, 15, 11, 15, 0, 1)
    add(103301, "Libanon: Die Schweiz stockt ihre humanitäre Hilfe um 5 Millionen Franken auf", w,
        "Bern, 15.11.2024 - Angesichts der Verschärfung der humanitären Lage in Libanon stellt die Schweiz zusätzliche 5 Millionen Franken zur Verfügung. Die Mittel gehen an das Internationale Komitee vom Roten Kreuz, das Welternährungsprogramm und lokale Partnerorganisationen. Seit Oktober wurden mehr als 1,2 Millionen Menschen innerhalb des Landes vertrieben.",
        lambda k: it(k, "Libanon: Die Schweiz stockt ihre humanitäre Hilfe um 5 Millionen Franken auf", w, []))
    w = d(2024, 11, 12, 16, 40, 0, 1)
    add(103266, "Staatssekretär Bertschinger empfängt den indonesischen Vizeaussenminister in Bern", w,
        "Bern, 12.11.2024 - Staatssekretär Andreas Bertschinger hat am 12. November 2024 den indonesischen Vizeaussenminister zu politischen Konsultationen in Bern empfangen. Im Zentrum standen das Freihandelsabkommen der EFTA mit Indonesien, die Zusammenarbeit in der Berufsbildung und die Lage in Myanmar.",
        lambda k: it(k, "Staatssekretär Bertschinger empfängt den indonesischen Vizeaussenminister in Bern", w, []))
    w = d(2024, 11, 8, 9, 0, 0, 1)
    add(103231, "Bundesrat ernennt neue Botschafterin in Peking", w,
        "Bern, 08.11.2024 - Der Bundesrat hat an seiner Sitzung vom 8. November 2024 Regula Tschannen-Moser zur neuen Botschafterin der Schweiz in der Volksrepublik China ernannt. Sie tritt ihr Amt im Frühjahr 2025 an und ist zugleich in der Mongolei akkreditiert. Tschannen-Moser leitet derzeit die Abteilung Asien und Pazifik des Departements.",
        lambda k: it(k, "Bundesrat ernennt neue Botschafterin in Peking", w, [],
                     note="Appointment of an ambassador: foreign-policy news, relevant. The named diplomat is the subject, not an author."))
    head = (f"    <title>Medienmitteilungen DAB</title>\n    <link>https://www.dab.admin.example/dab/de/home/aktuell/medienmitteilungen.html</link>\n"
            "    <description>Medienmitteilungen des Departements für Aussenbeziehungen DAB</description>\n    <language>de</language>\n"
            f"    <copyright>Schweizerische Eidgenossenschaft</copyright>\n    <pubDate>{gmt(d(2024, 11, 27, 15, 31, 0, 1))}</pubDate>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n  <channel>\n' + head + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n"
    return feed("de_ch_dab_medienmitteilungen_nsb.rss.xml", text, items, lang="de", outlet="Departement für Aussenbeziehungen", aliases=["DAB", "Medienmitteilungen DAB"],
                structure="Swiss federal foreign ministry's press releases as the federal news service (NSB-style) serves them: RSS 2.0 without namespaces, two-space indentation, channel 'Medienmitteilungen ACRONYM' with a description spelling the department out, copyright 'Schweizerische Eidgenossenschaft', a channel pubDate, items with 'medienmitteilungen.msg-id-<6 digits>.html' links on the central government host and the same URL as guid (permalink by default), GMT pubDates (Bern +0100), escaped plain-text leads opening with the dateline 'Bern, DD.MM.YYYY - ', Swiss spelling (ss for ß), «…» quotes, no authors, an invitation to the media with accreditation details, November 2024",
                notes="Outlet: the ministry as readers know it (the department's name; its acronym and the channel title are accepted). Relevance from Switzerland's viewpoint.")


# ---------------------------------------------------------------- German broadcaster on Mastodon through RSSHub (Atom output)
def erfmastodon():
    rows, items = [], []
    inst = "https://social.erf.example"

    def add(sid, title, when, author, html, exp, cat=None):
        url = f"{inst}/@aktuell/{sid}"
        c = f'\n        <category term="{cat}"></category>' if cat else ""
        rows.append(f"    <entry>\n        <title><![CDATA[{title}]]></title>\n        <id>{url}</id>\n        <updated>{when.isoformat(timespec='milliseconds').replace('+00:00', 'Z')}</updated>\n"
                    f"        <link href=\"{url}\" />\n        <summary type=\"html\"><![CDATA[{html}]]></summary>\n        <author><name><![CDATA[{author}]]></name></author>{c}\n    </entry>")
        items.append(exp(url))

    def z(w):
        return w.astimezone(d(2025, 1, 1, 0, 0).tzinfo)

    w = d(2025, 2, 15, 11, 42, 0, 1)
    add("113995502831450201", "Münchner Sicherheitskonferenz: Europäer ringen um gemeinsame Linie zur Ukraine", z(w), "ERF aktuell",
        '<p>Münchner Sicherheitskonferenz: Europäer ringen um gemeinsame Linie zur Ukraine</p><p>Am zweiten Konferenztag haben mehrere EU-Außenminister vor Verhandlungen über die Köpfe der Ukraine hinweg gewarnt. „Kein Frieden ohne Kiew am Tisch“, sagte die estnische Außenministerin Kadri Lepik im Bayerischen Hof.</p>'
        '<p>Mehr bei uns: <a href="https://www.erf.example/nachrichten/ausland/msc-2025-europa-ukraine-100.html" rel="nofollow noopener" target="_blank"><span class="invisible">https://www.</span><span class="ellipsis">erf.example/nachrichten/auslan</span><span class="invisible">d/msc-2025-europa-ukraine-100.html</span></a></p>'
        '<p><a href="https://social.erf.example/tags/MSC2025" class="mention hashtag" rel="tag">#<span>MSC2025</span></a> <a href="https://social.erf.example/tags/Ukraine" class="mention hashtag" rel="tag">#<span>Ukraine</span></a></p>',
        lambda k: it(k, "Münchner Sicherheitskonferenz: Europäer ringen um gemeinsame Linie zur Ukraine", w, [], quotes=[q("Kadri Lepik", "Außenministerin")],
                     junk=["Mehr bei uns", "erf.example/nachrichten", "#MSC2025"],
                     note="Mastodon post bridged by RSSHub: the title is the post's first paragraph; Mastodon's invisible/ellipsis link spans and hashtags follow the text. Author is the account (the broadcaster)."))
    w = d(2025, 2, 14, 20, 15, 0, 1)
    add("113991877130920411", "Gaza-Waffenruhe: Dritter Austausch von Geiseln und Gefangenen für Samstag geplant", z(w), "Lena Brückner",
        '<p>RT <span class="h-card"><a href="https://social.erf.example/@lbrueckner" class="u-url mention">@<span>lbrueckner</span></a></span></p>'
        '<p>Gaza-Waffenruhe: Dritter Austausch von Geiseln und Gefangenen für Samstag geplant</p><p>Nach Angaben der Vermittler in Kairo sollen drei Geiseln und 369 palästinensische Gefangene freikommen. Beide Seiten werfen einander Verstöße gegen die Waffenruhe vor.</p>',
        lambda k: it(k, "Gaza-Waffenruhe: Dritter Austausch von Geiseln und Gefangenen für Samstag geplant", w, ["Lena Brückner"],
                     junk=["RT @lbrueckner", "@lbrueckner"],
                     note="A boost of the broadcaster's correspondent: RSSHub gives her display name as the entry author (a person) and an 'RT @handle' line first. ['Lena Brückner'] expected; the outlet stays the broadcaster's account."))
    w = d(2025, 2, 13, 19, 0, 0, 1)
    add("113985380011204877", "Jetzt live: Das Wahl-Duell der Kanzlerkandidaten im ERF-Fernsehen und im Stream", z(w), "ERF aktuell",
        '<p>Jetzt live: Das Wahl-Duell der Kanzlerkandidaten im ERF-Fernsehen und im Stream 📺 <a href="https://www.erf.example/live" rel="nofollow noopener" target="_blank"><span class="invisible">https://www.</span><span class="">erf.example/live</span><span class="invisible"></span></a></p>',
        lambda k: it(k, "Jetzt live: Das Wahl-Duell der Kanzlerkandidaten im ERF-Fernsehen und im Stream", w, [], story=False, rel=False,
                     note="Livestream pointer (domestic election debate): not a story."))
    w = d(2025, 2, 13, 8, 30, 0, 1)
    add("113983010475593312", "Bundestagswahl: Briefwahl-Anträge erreichen Rekordniveau", z(w), "ERF aktuell",
        '<p>Bundestagswahl: Briefwahl-Anträge erreichen Rekordniveau</p><p>In vielen Großstädten haben mehr als die Hälfte der Wahlberechtigten Briefwahlunterlagen beantragt. Die Wahlämter rechnen mit längeren Auszählungen am Wahlabend.</p>',
        lambda k: it(k, "Bundestagswahl: Briefwahl-Anträge erreichen Rekordniveau", w, [], rel=False, note="German federal election logistics: home politics, not relevant."))
    w = d(2025, 2, 12, 6, 5, 0, 1)
    add("113976840228861009", "Der Wetterbericht für Mittwoch: Frost und Glätte im Süden 🥶", z(w), "ERF aktuell",
        '<p>Der Wetterbericht für Mittwoch: Frost und Glätte im Süden 🥶</p><p>Nachts bis minus 12 Grad, tagsüber sonnig.</p>',
        lambda k: it(k, "Der Wetterbericht für Mittwoch: Frost und Glätte im Süden 🥶", w, [], story=False, rel=False, note="Weather forecast: not a story."))
    w = d(2025, 2, 18, 14, 20, 0, 1)
    add("114012355990410826", "Gespräche in Riad: USA und Russland verabreden Arbeitsgruppen, Europa bleibt außen vor", z(w), "ERF aktuell",
        '<p>Gespräche in Riad: USA und Russland verabreden Arbeitsgruppen, Europa bleibt außen vor</p><p>Nach gut viereinhalb Stunden endete das erste direkte Treffen der Außenminister beider Länder seit Kriegsbeginn. Kiew war nicht eingeladen und kündigte an, Ergebnisse nicht anzuerkennen, an denen es nicht beteiligt war.</p>'
        '<p>„Europa muss jetzt zeigen, dass es mehr ist als Zuschauer“, sagte der CDU-Außenpolitiker Jörg Wendland im ERF-Interview.</p>',
        lambda k: it(k, "Gespräche in Riad: USA und Russland verabreden Arbeitsgruppen, Europa bleibt außen vor", w, [], quotes=[q("Jörg Wendland", "CDU")]))
    order = sorted(range(len(rows)), key=lambda i: items[i].published, reverse=True)
    rows, items = [rows[i] for i in order], [items[i] for i in order]
    head = ("    <title><![CDATA[ERF aktuell (@aktuell@social.erf.example) statuses]]></title>\n    <link href=\"https://social.erf.example/@aktuell\" />\n    <id>https://social.erf.example/@aktuell</id>\n"
            "    <subtitle>Nachrichten des Elbe-Rundfunks. Impressum: https://www.erf.example/impressum - Made with love by RSSHub(https://github.com/DIYgod/RSSHub)</subtitle>\n"
            "    <generator>RSSHub</generator>\n    <language>en</language>\n    <updated>2025-02-18T13:25:02.114Z</updated>\n    <author><name>RSSHub</name></author>\n"
            "    <link rel=\"self\" type=\"application/atom+xml\" href=\"https://rsshub.newsroomtools.example/mastodon/acct/aktuell@social.erf.example/statuses?format=atom\" />")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n' + head + "\n" + "\n".join(rows) + "\n</feed>\n"
    return feed("de_erf_aktuell_mastodon_rsshub.atom.xml", text, items, lang="de", outlet="ERF aktuell", aliases=["ERF", "Elbe-Rundfunk"], shape="atom",
                ctype="application/atom+xml; charset=utf-8",
                structure="German regional public broadcaster's news account on its own Mastodon instance through an RSSHub bridge in Atom output (/mastodon/acct/<user>@<instance>/statuses?format=atom): channel title 'Display name (@user@instance) statuses', subtitle ending ' - Made with love by RSSHub(…)', <language>en</language> on a German feed, feed author 'RSSHub', entries with CDATA titles from the post's first paragraph, <updated> only (UTC with milliseconds and Z), link/id the post URL, CDATA summary type=html with Mastodon's invisible/ellipsis link spans, hashtag links and an emoji, a boost rendered 'RT @handle' with the correspondent's display name as entry author, a livestream pointer and a weather post, February 2025")


# ---------------------------------------------------------------- Italian news agency's 'Mondo' feed
def ausonia():
    rows, items = [], []
    base = "https://www.ausonia.example"

    def add(slug, uid, title, when, desc, exp, sec="mondo"):
        url = f"{base}/sito/notizie/{sec}/{when:%Y/%m/%d}/{slug}_{uid}.html"
        rows.append(f"<item><title>{esc(title)}</title><description>{esc(desc)}</description><link>{url}</link><pubDate>{rfc822(when)}</pubDate><guid>{url}</guid></item>")
        items.append(exp(url))

    cr = " RIPRODUZIONE RISERVATA © Copyright AUSONIA"
    w = d(2025, 9, 16, 8, 41, 0, 2)
    add("gaza-idf-iniziata-operazione-di-terra-a-gaza-city", "4b1f2e7a-8c3d-4e55-9a10-2f6d1c0b9e21", "++ Gaza: Idf, iniziata l'operazione di terra a Gaza City ++", w,
        "(AUSONIA) - TEL AVIV, 16 SET - L'esercito israeliano ha annunciato l'inizio dell'operazione di terra a Gaza City, dopo una notte di intensi bombardamenti. Decine di migliaia di civili sono in fuga verso sud lungo la strada costiera." + cr,
        lambda k: it(k, "Gaza: Idf, iniziata l'operazione di terra a Gaza City", w, [], junk=["RIPRODUZIONE RISERVATA", "© Copyright AUSONIA"],
                     note="Urgent flash with the agency's '++ … ++' markers around the headline (wire markup: the clean title has none); '(AUSONIA) - CITY, DD MMM -' dateline first, rights line last."))
    w = d(2025, 9, 10, 19, 12, 0, 2)
    add("ucraina-droni-russi-in-polonia-varsavia-chiede-consultazioni-nato", "9e0c7d31-55b2-4f7a-8b64-0a3e1d2c4f88", "Droni russi in Polonia, Varsavia chiede consultazioni Nato", w,
        "(AUSONIA) - VARSAVIA, 10 SET - La Polonia ha chiesto consultazioni ai sensi dell'articolo 4 del Trattato Nato dopo che diversi droni russi sono entrati nel suo spazio aereo durante la notte e sono stati abbattuti. \"Non è stato un errore, è stata una prova\", ha detto il viceministro della Difesa polacco Tomasz Wierzbicki. Il ministro degli Esteri italiano ha espresso \"piena solidarietà\" a Varsavia." + cr,
        lambda k: it(k, "Droni russi in Polonia, Varsavia chiede consultazioni Nato", w, [], quotes=[q("Tomasz Wierzbicki", "viceministro della Difesa")],
                     junk=["RIPRODUZIONE RISERVATA"]))
    w = d(2025, 9, 14, 18, 30, 0, 2)
    add("foto-londra-manifestazione", "c2d7a910-3f44-4b0e-86a1-7de05b3f6a12", "FOTO - Londra, in migliaia in piazza. Scontri con la polizia", w,
        "Le immagini della manifestazione nel centro di Londra." + cr,
        lambda k: it(k, "Londra, in migliaia in piazza. Scontri con la polizia", w, [], story=False, rel=False,
                     note="Photo gallery: not a story. Title label 'FOTO -' may be kept or dropped."), sec="photogallery")
    w = d(2025, 9, 15, 12, 5, 0, 2)
    add("video-nepal-nuova-premier", "0f7e6d5c-4b3a-4291-8c7d-6e5f4a3b2c1d", "VIDEO Nepal, il giuramento della nuova premier ad interim", w,
        "Il giuramento a Katmandu." + cr,
        lambda k: it(k, "Nepal, il giuramento della nuova premier ad interim", w, [], story=False, rel=False,
                     note="Video: not a story. Title label 'VIDEO' may be kept or dropped."), sec="videogallery")
    w = d(2025, 9, 15, 22, 40, 0, 2)
    add("regionali-marche-campagna-sanita-ricostruzione", "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d", "Regionali nelle Marche, la campagna entra nel vivo tra sanità e ricostruzione", w,
        "(AUSONIA) - ANCONA, 15 SET - A due settimane dal voto i candidati alla presidenza della Regione Marche hanno concentrato la campagna su liste d'attesa e ricostruzione post-sisma." + cr,
        lambda k: it(k, "Regionali nelle Marche, la campagna entra nel vivo tra sanità e ricostruzione", w, [], rel=False, junk=["RIPRODUZIONE RISERVATA"],
                     note="Italian regional election campaign, filed in the Mondo feed by the agency's tagging: home politics, not relevant."), sec="politica")
    w = d(2025, 9, 12, 16, 55, 0, 2)
    add("onu-voto-dichiarazione-new-york-due-stati-italia", "3c2b1a0f-9e8d-47c6-b5a4-3f2e1d0c9b8a", "Onu, sì dell'Assemblea alla dichiarazione sui due Stati. L'Italia vota a favore", w,
        "(AUSONIA) - NEW YORK, 12 SET - L'Assemblea generale delle Nazioni Unite ha approvato con 142 voti favorevoli la dichiarazione sulla soluzione a due Stati per il conflitto israelo-palestinese. L'Italia ha votato a favore. \"È un passo, non un punto d'arrivo\", ha commentato l'ambasciatrice Giovanna Scarpellini, rappresentante permanente aggiunta." + cr,
        lambda k: it(k, "Onu, sì dell'Assemblea alla dichiarazione sui due Stati. L'Italia vota a favore", w, [], quotes=[q("Giovanna Scarpellini", "rappresentante permanente aggiunta")],
                     junk=["RIPRODUZIONE RISERVATA"]))
    rows, items = ordered(rows, items)
    head = (f"<title>Ausonia.it - Mondo</title><link>{base}/sito/notizie/mondo/mondo.shtml</link><description>Le notizie dal mondo dell'Agenzia Ausonia</description>"
            f"<language>it</language><copyright>Copyright 2025 Agenzia Ausonia - Societa' Cooperativa</copyright><lastBuildDate>{rfc822(d(2025, 9, 16, 8, 43, 0, 2))}</lastBuildDate>"
            f"<image><url>{base}/sito/img/ausonia_logo_rss.png</url><title>Ausonia.it - Mondo</title><link>{base}</link></image>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>' + head + "".join(rows) + "</channel></rss>\n"
    return feed("it_ausonia_mondo_agency.rss.xml", text, items, lang="it", outlet="Ausonia", aliases=["Agenzia Ausonia", "Ausonia.it"],
                structure="Italian national news agency's (ANSA-style, Rome) 'Mondo' RSS: declaration line, then one line, channel 'Brand.it - Mondo', copyright of the 'Societa'' Cooperativa' with an apostrophe for the accent, channel image, items in the order title/description/link/pubDate/guid, '/sito/notizie/<sezione>/YYYY/MM/DD/<slug>_<uuid>.html' links as permalink guids (photogallery, videogallery and politica sections mixed in), +0200 dates, escaped plain-text descriptions opening with '(AGENCY) - CITY, DD MMM -' datelines and ending with 'RIPRODUZIONE RISERVATA © Copyright AGENCY', a '++ … ++' urgent headline, 'FOTO -' and 'VIDEO' title labels, straight double quotes, a politica-section item in the Mondo feed, September 2025")


# ---------------------------------------------------------------- Italian world-affairs newsletter on Substack
def mappamondo():
    rows, items = [], []
    base = "https://ilmappamondo.substack.example"
    sub = ('<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://ilmappamondo.substack.example/subscribe?&quot;,&quot;text&quot;:&quot;Iscriviti&quot;}" data-component-name="SubscribeWidgetToDOM">'
           '<div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Il Mappamondo è una newsletter sostenuta dai lettori. Per ricevere i nuovi post e sostenere il mio lavoro, considera di abbonarti gratuitamente o a pagamento.</p></div>'
           '<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Scrivi la tua email…" tabindex="-1"><input type="submit" class="button primary" value="Iscriviti"></form></div></div>')
    share = '<p class="button-wrapper"><a class="button primary" href="https://ilmappamondo.substack.example/p/{}?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share"><span>Condividi</span></a></p>'

    def add(slug, title, sub_title, when, body, exp, creator="Lucia Ferrandi"):
        url = f"{base}/p/{slug}"
        rows.append(f"<item><title>{cd(title)}</title><description>{cd(sub_title)}</description><link>{url}</link><guid isPermaLink=\"false\">{url}</guid>"
                    f"<dc:creator>{cd(creator)}</dc:creator><pubDate>{gmt(when)}</pubDate>"
                    f'<enclosure url="https://substack-post-media.example/public/images/{slug[:12]}_1456x816.jpeg" length="0" type="image/jpeg"/><content:encoded>{cd(body)}</content:encoded></item>')
        items.append(exp(url))

    w = d(2025, 12, 9, 6, 1, 12, 0)
    add("ginevra-il-piano-e-le-sue-crepe", "Ginevra, il piano e le sue crepe", "Cosa c'è davvero nel documento in discussione tra Washington e Kiev, e cosa manca", w,
        "<p>Buongiorno a tutte e a tutti,</p><p>il documento su cui lavorano da due settimane le delegazioni americana e ucraina è passato da ventotto a diciannove punti. Le parti tolte dicono più di quelle rimaste.</p>"
        "<p>Sono spariti i limiti numerici all'esercito ucraino e il riferimento all'amnistia generale. È rimasta, sfumata, la questione dei territori: il Donbass resta il nodo che nessuno vuole sciogliere per primo.</p>"
        + sub +
        "<p>«Kiev può accettare un congelamento, non una firma sulla cessione», mi ha detto Oleksandra Hnatiuk, ricercatrice all'Istituto per gli studi europei di Leopoli.</p>"
        "<p>Per l'Italia la partita è doppia: il governo sostiene il piano a parole e chiede garanzie di sicurezza che non sa ancora chi fornirà.</p>" + share.format("ginevra-il-piano-e-le-sue-crepe"),
        lambda k: it(k, "Ginevra, il piano e le sue crepe", w, ["Lucia Ferrandi"], quotes=[q("Oleksandra Hnatiuk", "Istituto per gli studi europei di Leopoli")],
                     junk=["Buongiorno a tutte e a tutti", "sostenuta dai lettori", "Iscriviti", "Condividi"],
                     note="Substack post: a salutation, the subscribe widget mid-text and the share button are not summary text."))
    w = d(2025, 12, 5, 6, 0, 41, 0)
    add("caracas-le-navi-e-il-petrolio", "Caracas, le navi e il petrolio", "La pressione americana sul Venezuela vista dall'Avana, da Bogotá e da Roma", w,
        "<p>Buongiorno,</p><p>le unità navali americane nei Caraibi sono ormai una dozzina. A Caracas il governo parla di assedio, a Washington di operazioni contro il narcotraffico.</p>"
        "<p>La comunità italiana in Venezuela, circa centomila persone con doppio passaporto, guarda con apprensione: il consolato di Caracas ha aggiornato il piano di emergenza.</p>"
        "<p>«Nessuno qui crede a un'invasione, ma tutti fanno scorte», racconta Carla D'Ambrosio, imprenditrice a Valencia.</p>" + sub,
        lambda k: it(k, "Caracas, le navi e il petrolio", w, ["Lucia Ferrandi"], quotes=[q("Carla D'Ambrosio")], junk=["sostenuta dai lettori", "Iscriviti"]))
    w = d(2025, 12, 3, 17, 30, 0, 0)
    add("podcast-41-un-anno-di-mappamondo", "🎙️ Il Mappamondo Podcast – puntata 41: un anno di newsletter", "Un anno, 41 puntate e le vostre domande", w,
        '<div class="native-audio-embed" data-component-name="AudioPlaceholder" data-attrs="{&quot;mediaUploadId&quot;:&quot;5c1e-33&quot;,&quot;duration&quot;:2233}"></div><p>Ascolta la puntata qui sopra o sulla tua app di podcast preferita.</p>',
        lambda k: it(k, "Il Mappamondo Podcast – puntata 41: un anno di newsletter", w, ["Lucia Ferrandi"], story=False, rel=False,
                     note="Podcast episode: not a story. Title label '🎙️' may be kept or dropped."))
    w = d(2025, 12, 1, 11, 0, 0, 0)
    add("chiedetemi-qualsiasi-cosa-dicembre", "Chiedetemi qualsiasi cosa (dicembre)", "Il thread mensile per gli abbonati", w,
        "<p>Come ogni primo lunedì del mese, i commenti sono aperti: domande, dubbi, suggerimenti di lettura.</p>",
        lambda k: it(k, "Chiedetemi qualsiasi cosa (dicembre)", w, ["Lucia Ferrandi"], story=False, rel=False, note="Open thread for subscribers: not a story."))
    w = d(2025, 11, 28, 6, 0, 5, 0)
    add("la-manovra-spiegata-a-chi-vive-allestero", "La manovra spiegata a chi vive all'estero", "Tasse, pensioni e Imu: cosa cambia per gli italiani fuori dall'Italia", w,
        "<p>Buongiorno,</p><p>questa settimana una deviazione sulla politica di casa, perché me l'avete chiesto in tanti. La legge di bilancio in discussione al Senato tocca da vicino chi vive all'estero: cambia il regime dell'Imu sulle case in Italia e si allunga il rientro agevolato.</p>" + sub,
        lambda k: it(k, "La manovra spiegata a chi vive all'estero", w, ["Lucia Ferrandi"], rel=False, junk=["Iscriviti"],
                     note="Italian budget law: home politics, not relevant (even though addressed to Italians abroad)."))
    w = d(2025, 11, 25, 6, 0, 0, 0)
    add("belem-il-giorno-dopo", "Belém, il giorno dopo", "Cosa resta della Cop30 e perché l'Europa è tornata a casa divisa", w,
        "<p>Buongiorno,</p><p>la Cop30 si è chiusa sabato con un giorno di ritardo e un testo che non nomina i combustibili fossili. L'Unione europea è arrivata a Belém con una posizione comune ed è ripartita con tre.</p>"
        "<p>Il Brasile ha ottenuto il fondo per le foreste tropicali, la sua vera priorità.</p>"
        '<div class="paywall-jump" data-component-name="PaywallToDOM"></div><h3 class="header-anchor-post">Questo post è per abbonati paganti</h3>',
        lambda k: it(k, "Belém, il giorno dopo", w, ["Lucia Ferrandi"], junk=["Questo post è per abbonati paganti"],
                     note="Paid post cut by Substack's paywall marker: the free part is summarised."))
    rows, items = ordered(rows, items)
    head = (f"<title>{cd('Il Mappamondo')}</title><description>{cd('Ogni martedì e venerdì, il mondo visto dall’Italia. Di Lucia Ferrandi.')}</description><link>{base}</link>"
            f"<image><url>https://substackcdn.example/image/fetch/w_256,c_limit,f_auto,q_auto:good/mappamondo_logo.png</url><title>Il Mappamondo</title><link>{base}</link></image>"
            f"<generator>Substack</generator><lastBuildDate>{gmt(d(2025, 12, 9, 6, 5, 2, 0))}</lastBuildDate><atom:link href=\"{base}/feed\" rel=\"self\" type=\"application/rss+xml\"/>"
            f"<copyright>{cd('Lucia Ferrandi')}</copyright><language>{cd('it')}</language><webMaster>{cd('ilmappamondo@substack.example')}</webMaster>"
            f"<itunes:owner><itunes:email>{cd('ilmappamondo@substack.example')}</itunes:email><itunes:name>{cd('Lucia Ferrandi')}</itunes:name></itunes:owner><itunes:author>{cd('Lucia Ferrandi')}</itunes:author>"
            f"<googleplay:owner>{cd('ilmappamondo@substack.example')}</googleplay:owner><googleplay:email>{cd('ilmappamondo@substack.example')}</googleplay:email><googleplay:author>{cd('Lucia Ferrandi')}</googleplay:author>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:googleplay="http://www.google.com/schemas/play-podcasts/1.0"><channel>'
            + head + "".join(rows) + "</channel></rss>")
    return feed("it_ilmappamondo_newsletter_substack.rss.xml", text, items, lang="it", outlet="Il Mappamondo",
                structure="Italian writer's world-affairs newsletter on Substack (/feed): the whole document on one line without a trailing newline, namespaces after version with itunes and googleplay, CDATA channel title/description/copyright (the writer's NAME as copyright)/language/webMaster, itunes and googleplay owner blocks, items with CDATA title and subtitle description, guid = post URL (non-permalink), CDATA dc:creator, GMT dates, image enclosure with length 0, content:encoded with an Italian salutation, the 'Iscriviti' subscribe widget (form, placeholder, reader-supported caption) mid-text, a 'Condividi' share button with UTM parameters, an audio placeholder, an open thread and the 'Questo post è per abbonati paganti' paywall cut, November–December 2025")


FEEDS = [apd, dab, erfmastodon, ausonia, mappamondo]
