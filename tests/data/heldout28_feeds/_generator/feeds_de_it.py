# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German and Italian feeds of the twenty-eighth held-out set: a foundation's foreign-policy journal
on TYPO3, a Ghost newsletter, a Google-News-like German aggregator, an Italian think tank's Atom
feed and an Italian geopolitics magazine on WordPress. All outlets, people and quotations are
invented."""
from h28 import cd, d, esc, feed, gmt, it, q, rfc822, utc0, wpt


# ---------------------------------------------------------------- IPG-Journal-style foundation journal on TYPO3 (EXT:news)
def brueckenkopf():
    rows, items = [], []
    base = "https://www.brueckenkopf-journal.example"

    def add(nid, path, title, when, author, teaser, body, exp):
        url = f"{base}/{path}/artikel/{nid}/"
        au = f"\n\t\t\t<author>redaktion@brueckenkopf-journal.example ({esc(author)})</author>" if author else ""
        rows.append(f"\t\t<item>\n\t\t\t<guid isPermaLink=\"false\">news-{nid}</guid>\n\t\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{url}</link>\n"
                    f"\t\t\t<description>{esc(teaser)}</description>\n\t\t\t<content:encoded>{cd(body)}</content:encoded>{au}\n\t\t</item>")
        items.append(exp(f"news-{nid}"))

    o = 1
    w = d(2023, 2, 27, 9, 0, 0, o)
    add(6512, "europa/sicherheitspolitik", "Ein Jahr Zeitenwende: Was vom Versprechen übrig ist", w, "Katharina Wendtland",
        "Das Sondervermögen ist beschlossen, doch bei der Beschaffung hakt es. Eine Bilanz nach zwölf Monaten",
        '<p>Am 27. Februar 2022 kündigte die Bundesregierung eine sicherheitspolitische Wende an. Ein Jahr später ist davon vor allem ein Haushaltsposten geblieben: 100 Milliarden Euro, von denen bislang nur ein kleiner Teil vertraglich gebunden ist.</p>'
        '<p>„Wir haben das Geld, aber nicht die Verfahren, um es schnell auszugeben“, sagt Oberst a.\u00a0D. Reinhard Quast, der bis 2021 im Planungsamt der Bundeswehr tätig war.</p>'
        '<p>Für die Partner in Mittel- und Osteuropa zählt weniger das Geld als die Verlässlichkeit. In Warschau und Vilnius wird genau registriert, wie lange die Entscheidung über Kampfpanzer gedauert hat.</p>'
        '<p><em>Katharina Wendtland ist Referentin für Sicherheitspolitik im Berliner Büro der Stiftung.</em></p>',
        lambda k: it(k, "Ein Jahr Zeitenwende: Was vom Versprechen übrig ist", w, ["Katharina Wendtland"], quotes=[q("Reinhard Quast")],
                     junk=["redaktion@brueckenkopf-journal.example", "ist Referentin für Sicherheitspolitik"],
                     note="RSS <author> in the 'e-mail (Name)' form: the person is the name in parentheses, not the shared editorial address. Speaker's rank 'Oberst a. D.' is a title, not part of the name."))
    w = d(2023, 2, 16, 10, 30, 0, o)
    add(6498, "nahost/tuerkei-syrien", "Erdbeben in der Türkei und Syrien: Hilfe als Außenpolitik", w, "Deniz Kaya und Jana Forster",
        "Wer nach dem Beben wem hilft, folgt nicht nur der Not. Die Katastrophe verschiebt diplomatische Linien in der Region",
        '<p>Zehn Tage nach den Beben vom 6. Februar sind in der Türkei und Syrien mehr als 40.000 Tote gezählt. Hilfe kam aus Griechenland und Armenien, mit denen Ankara seit Jahren im Streit liegt.</p>'
        '<p>In Nordwestsyrien dagegen kam über Tage fast nichts an, weil nur ein Grenzübergang geöffnet war.</p>'
        '<p><em>Deniz Kaya leitet das Büro der Stiftung in Istanbul. Jana Forster ist Redakteurin des Journals.</em></p>',
        lambda k: it(k, "Erdbeben in der Türkei und Syrien: Hilfe als Außenpolitik", w, ["Deniz Kaya", "Jana Forster"], junk=["redaktion@brueckenkopf-journal.example", "leitet das Büro"],
                     note="Two authors joined with 'und' inside the parentheses of <author>."))
    w = d(2023, 2, 13, 8, 0, 0, o)
    add(6490, "afrika/sahel", "Interview: „Die Sahelzone braucht keine neue Militärmission“", w, "Jana Forster",
        "Nach dem Abzug Frankreichs aus Mali steht auch der Bundeswehreinsatz zur Debatte. Ein Gespräch mit der Politologin Aminata Koné",
        '<p><strong>Frau Koné, die Bundeswehr soll bis Mai 2024 aus Mali abziehen. Zu spät oder zu früh?</strong></p>'
        '<p>Weder noch. „Das Problem war nie die Zahl der Soldaten, sondern dass niemand gefragt hat, was die Menschen in Gao eigentlich von ihrem Staat erwarten“, sagt Aminata Koné, Direktorin des Instituts für Sahelstudien in Bamako.</p>'
        '<p><strong>Was sollte Europa stattdessen tun?</strong></p>'
        '<p>„Verwaltungen stärken, Schulen bezahlen, Geduld haben.“</p>'
        '<p><em>Die Fragen stellte Jana Forster.</em></p>',
        lambda k: it(k, "„Die Sahelzone braucht keine neue Militärmission“", w, ["Jana Forster"], quotes=[q("Aminata Koné", "Institut für Sahelstudien")],
                     junk=["Die Fragen stellte", "Frau Koné, die Bundeswehr soll"],
                     note="Interview: the interviewer is the <author>; the interviewee is quoted. Title label 'Interview:' may be kept or dropped."))
    w = d(2023, 2, 9, 12, 0, 0, o)
    add(6481, "veranstaltungen", "Veranstaltung: Berliner Gespräche zur Weltordnung am 9. März", w, "",
        "Anmeldung bis zum 3. März über das Veranstaltungsportal der Stiftung",
        '<p>Ort: Stiftungshaus, Hiroshimastraße, Berlin. Beginn 18 Uhr. Anmeldung erforderlich.</p>',
        lambda k: it(k, "Veranstaltung: Berliner Gespräche zur Weltordnung am 9. März", w, [], story=False, rel=False, note="Event announcement without author: not a story."))
    w = d(2023, 2, 6, 9, 0, 0, o)
    add(6470, "wirtschaft-und-soziales", "Bürgergeld: Ein Zwischenfazit nach fünf Wochen", w, "Thomas Lehnhoff",
        "Die Reform der Grundsicherung sollte Vermittlung vor Sanktionen stellen. Was die ersten Zahlen zeigen",
        '<p>Seit dem 1. Januar gilt das Bürgergeld. Die Jobcenter melden bislang vor allem mehr Beratungsgespräche, aber noch keine höheren Vermittlungsquoten.</p>'
        '<p><em>Thomas Lehnhoff ist Referent für Arbeitsmarktpolitik.</em></p>',
        lambda k: it(k, "Bürgergeld: Ein Zwischenfazit nach fünf Wochen", w, ["Thomas Lehnhoff"], rel=False, junk=["ist Referent für Arbeitsmarktpolitik"],
                     note="German domestic social policy: not relevant."))
    w = d(2023, 2, 2, 14, 0, 0, o)
    add(6462, "kultur/buecher", "Buchkritik: Ein Roman über das Verschwinden von Czernowitz", w, "Lea Brandauer",
        "Marta Ilnytska erzählt von drei Generationen einer Familie in der Bukowina. Ein leises, großes Buch",
        '<p>Der Roman beginnt 1940 und endet in der Gegenwart, in einer Stadt, die inzwischen Tscherniwzi heißt.</p>',
        lambda k: it(k, "Buchkritik: Ein Roman über das Verschwinden von Czernowitz", w, ["Lea Brandauer"], rel=False,
                     note="Book review (culture): a story, not relevant. Marta Ilnytska is the reviewed novelist, not an author of the item."))
    channel = (f"\t\t<title>Brückenkopf – Journal für internationale Politik</title>\n\t\t<link>{base}/</link>\n\t\t<description>Analysen und Debatten zur internationalen Politik</description>\n"
               f"\t\t<language>de-DE</language>\n\t\t<copyright>Stiftung für Europäischen Dialog e.V.</copyright>\n\t\t<pubDate>{rfc822(d(2023, 2, 27, 9, 0, 0, o))}</pubDate>\n"
               f"\t\t<lastBuildDate>{rfc822(d(2023, 2, 27, 9, 5, 0, o))}</lastBuildDate>\n\t\t<category>Politik</category>\n\t\t<generator>TYPO3 EXT:news</generator>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">\n\t<channel>\n'
            + channel + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>")
    return feed("de_brueckenkopf_journal_typo3.rss.xml", text, items, lang="de", outlet="Brückenkopf", aliases=["Brückenkopf – Journal für internationale Politik", "Brückenkopf Journal"],
                structure="IPG-Journal-style (Berlin) political foundation's foreign-policy journal from TYPO3 with EXT:news: <generator>TYPO3 EXT:news</generator>, channel title 'Brand – Journal für …' with an en dash, copyright of the foundation 'e.V.', tab indentation, guid FIRST in the item as 'news-<uid>' (not permalink), pubDate before title, escaped teaser descriptions without final stop, CDATA content:encoded with „…“ quotes, an interview in question/answer form ending 'Die Fragen stellte NAME.', italic bios, RSS <author> LAST in the 'e-mail (Name)' form with one shared editorial address ('(A und B)' for two authors) or absent, a book review and an event, +0100 dates in February 2023, no final newline")


# ---------------------------------------------------------------- foreign-policy newsletter on Ghost (German)
def lagebild():
    rows, items = [], []
    base = "https://www.lagebild-aussen.example"

    def add(gid, slug, title, when, authors, tag, excerpt, body, exp, img=True):
        url = f"{base}/{slug}/"
        med = f'<media:content url="{base}/content/images/2023/07/{slug[:24]}.jpg" medium="image"/>' if img else ""
        rows.append(f"<item><title>{cd(title)}</title><description>{cd(excerpt)}</description><link>{url}</link><guid isPermaLink=\"false\">{gid}</guid>"
                    f"<category>{cd(tag)}</category><dc:creator>{cd(', '.join(authors))}</dc:creator><pubDate>{gmt(when)}</pubDate>{med}<content:encoded>{cd(body)}</content:encoded></item>")
        items.append(exp(gid))

    members = ('<div class="kg-card kg-cta-card kg-cta-bg-grey"><div class="kg-cta-content"><p><span style="white-space: pre-wrap;">Dieser Beitrag ist nur für zahlende Mitglieder vollständig lesbar. </span>'
               f'<a href="{base}/#/portal/signup"><span style="white-space: pre-wrap;">Jetzt Mitglied werden</span></a></p></div></div>')
    o = 2
    w = d(2023, 7, 12, 19, 45, 0, o)
    add("64aee1c2f1a7b80001d3c4a1", "lagebild-112-nato-gipfel-vilnius", "Lagebild #112: Nato-Gipfel in Vilnius – die Ukraine wartet weiter", w, ["Henrik Adler", "Mira Sobotka"], "Lagebild",
        "Keine Einladung, kein Zeitplan, dafür ein neuer Rat. Was der Gipfel beschlossen hat und was nicht",
        f'<figure class="kg-card kg-image-card kg-card-hascaption"><img src="{base}/content/images/2023/07/vilnius.jpg" class="kg-image" alt loading="lazy" width="2000" height="1333"><figcaption><span style="white-space: pre-wrap;">Gipfeltreffen in Vilnius. Foto: Lukas Jarmal / Imago</span></figcaption></figure>'
        '<p>Liebe Leserinnen und Leser,</p><p>die Nato hat in Vilnius gestern beschlossen, dass die Ukraine den Aktionsplan zur Mitgliedschaft nicht mehr durchlaufen muss. Eine Einladung gibt es trotzdem nicht, nur die Formel, man werde einladen, „wenn die Verbündeten zustimmen und die Bedingungen erfüllt sind“.</p>'
        '<p>Neu ist der Nato-Ukraine-Rat, der am Mittwoch erstmals tagte.</p>'
        '<p>„Das ist mehr als 2008, aber weniger, als Kyjiw gebraucht hätte“, sagte uns Paulina Wróbel, Sicherheitsexpertin am Warschauer Institut für Ostpolitik.</p>'
        '<hr><p>Ihnen gefällt das Lagebild? <a href="https://www.lagebild-aussen.example/#/share">Empfehlen Sie uns weiter.</a></p>',
        lambda k: it(k, "Nato-Gipfel in Vilnius – die Ukraine wartet weiter", w, ["Henrik Adler", "Mira Sobotka"], quotes=[q("Paulina Wróbel", "Warschauer Institut für Ostpolitik")],
                     junk=["Liebe Leserinnen und Leser", "Foto: Lukas Jarmal / Imago", "Empfehlen Sie uns weiter"],
                     note="Ghost joins several authors in one dc:creator with ', '. Title label 'Lagebild #112:' may be kept or dropped."))
    w = d(2023, 7, 28, 7, 0, 0, o)
    add("64c35b0af1a7b80001d3c5f7", "niger-putsch-was-europa-tun-kann", "Niger nach dem Putsch: Was Europa jetzt tun kann", w, ["Mira Sobotka"], "Analyse",
        "Der wichtigste Partner der EU in der Sahelzone ist über Nacht weggebrochen",
        '<p>Seit Mittwochabend hält die Präsidialgarde den gewählten Präsidenten Nigers in seiner Residenz fest. Für die EU, die in Niamey ihre Migrations- und Sicherheitspolitik für die Region verankert hatte, ist das ein schwerer Schlag.</p>'
        '<p>Die westafrikanische Staatengemeinschaft Ecowas hat für Sonntag einen Sondergipfel in Abuja einberufen.</p>' + members,
        lambda k: it(k, "Niger nach dem Putsch: Was Europa jetzt tun kann", w, ["Mira Sobotka"], junk=["nur für zahlende Mitglieder", "Jetzt Mitglied werden"],
                     note="Members-only post: the feed carries the public part and a call-to-action card."))
    w = d(2023, 7, 21, 7, 0, 0, o)
    add("64b8d7e3f1a7b80001d3c55c", "getreideabkommen-ostafrika", "Getreideabkommen gekündigt: Was das für Ostafrika heißt", w, ["Henrik Adler"], "Analyse",
        "Russland steigt aus der Schwarzmeer-Initiative aus. Die Folgen spürt man zuerst in Mombasa und Dschibuti",
        '<p>Am Montag hat Moskau die Vereinbarung über ukrainische Getreideexporte über das Schwarze Meer auslaufen lassen. Seither greift die russische Armee Hafenanlagen in Odesa an.</p>'
        '<p>Für Länder wie Kenia, Somalia und Äthiopien, die auf Weizen aus der Ukraine angewiesen sind, steigen die Preise bereits.</p>' + members,
        lambda k: it(k, "Getreideabkommen gekündigt: Was das für Ostafrika heißt", w, ["Henrik Adler"], junk=["nur für zahlende Mitglieder", "Jetzt Mitglied werden"]))
    w = d(2023, 7, 31, 10, 0, 0, o)
    add("64c78f01f1a7b80001d3c610", "sommerpause-2023", "Sommerpause: Wir lesen uns im August wieder", w, ["Henrik Adler", "Mira Sobotka"], "In eigener Sache",
        "Das Lagebild macht drei Wochen Pause",
        '<p>Liebe Leserinnen und Leser, das Lagebild macht vom 1. bis 20. August Sommerpause. Bei großen Ereignissen melden wir uns mit einer Sonderausgabe.</p>',
        lambda k: it(k, "Sommerpause: Wir lesen uns im August wieder", w, ["Henrik Adler", "Mira Sobotka"], story=False, rel=False,
                     note="Housekeeping note ('In eigener Sache'): not a story."), img=False)
    w = d(2023, 7, 18, 7, 0, 0, o)
    add("64b4e2a9f1a7b80001d3c50b", "hitzeschutz-bundeslaender", "Hitzesommer: Warum die Bundesländer beim Hitzeschutz hinterherhinken", w, ["Jonas Reimer"], "Innenpolitik",
        "Nur vier Länder haben einen Hitzeaktionsplan. Ein Gastbeitrag",
        '<p>Frankreich hat seit 2004 einen nationalen Hitzeplan. In Deutschland liegt die Zuständigkeit bei Ländern und Kommunen, und die meisten haben noch keinen.</p>'
        '<p><em>Jonas Reimer ist Gesundheitsökonom in Hamburg und schreibt als Gast für das Lagebild.</em></p>',
        lambda k: it(k, "Hitzesommer: Warum die Bundesländer beim Hitzeschutz hinterherhinken", w, ["Jonas Reimer"], rel=False, junk=["schreibt als Gast für das Lagebild"],
                     note="German domestic health policy: not relevant."))
    w = d(2023, 7, 6, 16, 0, 0, o)
    add("64a6b6d4f1a7b80001d3c3e2", "podcast-lagebild-gespraech-18", "Podcast: Lagebild-Gespräch #18 über die Wagner-Revolte", w, ["Henrik Adler"], "Podcast",
        "Unsere neue Folge ist online",
        '<figure class="kg-card kg-embed-card"><iframe style="border-radius:12px" src="https://open.podcasts.example/embed/episode/18" width="100%" height="152" frameborder="0"></iframe></figure><p>Unsere neue Folge ist online.</p>',
        lambda k: it(k, "Podcast: Lagebild-Gespräch #18 über die Wagner-Revolte", w, ["Henrik Adler"], story=False, rel=False, note="Podcast episode with an embedded player: not a story."), img=False)
    channel = (f"<title>{cd('Lagebild Außen')}</title><description>{cd('Der Newsletter zur deutschen Außenpolitik. Jeden Mittwoch.')}</description><link>{base}/</link>"
               f"<image><url>{base}/favicon.png</url><title>Lagebild Außen</title><link>{base}/</link></image><generator>Ghost 5.54</generator>"
               f"<lastBuildDate>{gmt(d(2023, 7, 31, 10, 1, 0, o))}</lastBuildDate><atom:link href=\"{base}/rss/\" rel=\"self\" type=\"application/rss+xml\"/><ttl>60</ttl>")
    # Ghost lists posts newest first
    order = sorted(range(len(rows)), key=lambda i: items[i].published, reverse=True)
    rows = [rows[i] for i in order]
    items = [items[i] for i in order]
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>'
            + channel + "".join(rows) + "</channel></rss>")
    return feed("de_lagebild_aussen_ghost.rss.xml", text, items, lang="de", outlet="Lagebild Außen",
                structure="Ghost 5 newsletter site (/rss/): one line, no trailing newline, CDATA title/description/category/dc:creator, 24-hex post ids as non-permalink guids, ONE dc:creator joining several authors with ', ', media:content images, GMT pubDates, content:encoded with kg-card figures whose caption is wrapped in <span style=\"white-space: pre-wrap;\"> ('Foto: NAME / Imago'), a salutation 'Liebe Leserinnen und Leser,', „…“ quotes, a 'Empfehlen Sie uns weiter' footer, members-only posts cut before a kg-cta-card ('Dieser Beitrag ist nur für zahlende Mitglieder vollständig lesbar'), 'Lagebild #NNN:' issue titles, a summer-break note and an embedded podcast, +0200 newsroom, July 2023")


# ---------------------------------------------------------------- Google-News-like German aggregator ('Headline - Outlet' titles, <ol> clusters, <source>)
def lotse():
    rows, items = [], []
    base = "https://news.nachrichtenlotse.example"

    def add(token, when, head, src, srcurl, cluster, exp):
        link = f"{base}/rss/articles/{token}?oc=5"
        lis = "".join(f'<li><a href="{base}/rss/articles/{t}?oc=5" target="_blank">{esc(h)}</a>&nbsp;&nbsp;<font color="#6f6f6f">{esc(s)}</font></li>' for t, h, s in cluster)
        desc = f"<ol>{lis}</ol>" if len(cluster) > 1 else f'<a href="{base}/rss/articles/{token}?oc=5" target="_blank">{esc(head)}</a>&nbsp;&nbsp;<font color="#6f6f6f">{esc(src)}</font>'
        rows.append(f"<item><title>{esc(head)} - {esc(src)}</title><link>{link}</link><guid isPermaLink=\"false\">{token}</guid><pubDate>{gmt(when)}</pubDate>"
                    f"<description>{esc(desc)}</description><source url=\"{srcurl}\">{esc(src)}</source></item>")
        items.append(exp(token, src))

    o = 2
    w = d(2023, 10, 9, 14, 12, 0, o)
    t = "CBMiWmh0dHBzOi8vd3d3LmhhbnNlLWt1cmllci5leGFtcGxlL3BvbGl0aWsvaXNyYWVsLXJlc2VydmlzdGVuLWdhemEtMzAwMDAwLmh0bWzSAQA"
    add(t, w, "Israel ruft 300.000 Reservisten ein – Armee bereitet Bodenoffensive vor", "Hanse-Kurier", "https://www.hanse-kurier.example",
        [(t, "Israel ruft 300.000 Reservisten ein – Armee bereitet Bodenoffensive vor", "Hanse-Kurier"),
         ("CBMiTGh0dHBzOi8vd3d3LnJoZWluLW1haW4tYm90ZS5leGFtcGxlL2F1c2xhbmQvZ2F6YS1ibG9ja2FkZS1zdHJvbS13YXNzZXIuaHRtbNIBAA", "Totale Blockade: Kein Strom, kein Wasser für Gaza", "Rhein-Main-Bote"),
         ("CBMiQWh0dHBzOi8vd3d3LndlZXNlci10YWdlYmxhdHQuZXhhbXBsZS9uYWhvc3QvZ2Vpc2Vsbi1oYW1hcy0xNTAuaHRtbNIBAA", "Hamas hält mehr als 150 Geiseln fest – auch Deutsche", "Weser-Tageblatt")],
        lambda k, s: it(k, "Israel ruft 300.000 Reservisten ein – Armee bereitet Bodenoffensive vor", w, [], outlet=s,
                        note=f"Aggregated cluster: the title ends ' - {s}' (the source outlet, also in <source>); the description is only a list of links to three outlets. Title label '{s}' may be kept or dropped."))
    w = d(2023, 10, 9, 11, 30, 0, o)
    t = "CBMiVmh0dHBzOi8vd3d3LmlzYXJ0YWxlci1ydW5kc2NoYXUuZXhhbXBsZS9iYXllcm4vbGFuZHRhZ3N3YWhsLWVyZ2Vibmlzc2UtMjAyMy5odG1s0gEA"
    add(t, w, "Landtagswahl in Bayern: Freie Wähler legen zu, Grüne verlieren", "Isartaler Rundschau", "https://www.isartaler-rundschau.example",
        [(t, "Landtagswahl in Bayern: Freie Wähler legen zu, Grüne verlieren", "Isartaler Rundschau"),
         ("CBMiRWh0dHBzOi8vd3d3LmZyYW5rZW5ibGF0dC5leGFtcGxlL3BvbGl0aWsvd2FobC1iYXllcm4tYW5hbHlzZS5odG1s0gEA", "Die Analyse: Warum die Landtagswahl ein Denkzettel für Berlin ist", "Frankenblatt")],
        lambda k, s: it(k, "Landtagswahl in Bayern: Freie Wähler legen zu, Grüne verlieren", w, [], outlet=s, rel=False,
                        note=f"German state election: domestic, not relevant. Title label '{s}' may be kept or dropped."))
    w = d(2023, 10, 1, 21, 45, 0, o)
    t = "CBMiUGh0dHBzOi8vd3d3LnJoZWluLW1haW4tYm90ZS5leGFtcGxlL2F1c2xhbmQvc2xvd2FrZWktd2FobC1wb3B1bGlzdGVuLXNpZWcuaHRtbNIBAA"
    add(t, w, "Slowakei: Linkspopulisten gewinnen Parlamentswahl – Ukraine-Hilfe auf der Kippe", "Rhein-Main-Bote", "https://www.rhein-main-bote.example",
        [(t, "Slowakei: Linkspopulisten gewinnen Parlamentswahl – Ukraine-Hilfe auf der Kippe", "Rhein-Main-Bote")],
        lambda k, s: it(k, "Slowakei: Linkspopulisten gewinnen Parlamentswahl – Ukraine-Hilfe auf der Kippe", w, [], outlet=s,
                        note=f"Single-source item: the description is one link plus the outlet in <font>. Title label '{s}' may be kept or dropped."))
    w = d(2023, 10, 8, 19, 20, 0, o)
    t = "CBMiQ2h0dHBzOi8vd3d3LnNwb3J0ZWNoby5leGFtcGxlL2Z1c3NiYWxsL2J1bmRlc2xpZ2EtN3NwaWVsdGFnLWJlcmljaHQuaHRtbNIBAA"
    add(t, w, "Bundesliga: Leverkusen bleibt nach 3:0 in Köln ungeschlagen", "Sportecho", "https://www.sportecho.example",
        [(t, "Bundesliga: Leverkusen bleibt nach 3:0 in Köln ungeschlagen", "Sportecho"),
         ("CBMiNGh0dHBzOi8vd3d3LmhhbnNlLWt1cmllci5leGFtcGxlL3Nwb3J0L2xldmVya3VzZW4ta29lbG4uaHRtbNIBAA", "Werkself souverän im Derby", "Hanse-Kurier")],
        lambda k, s: it(k, "Bundesliga: Leverkusen bleibt nach 3:0 in Köln ungeschlagen", w, [], outlet=s, rel=False, note=f"Sport. Title label '{s}' may be kept or dropped."))
    w = d(2023, 10, 3, 8, 5, 0, o)
    t = "CBMiS2h0dHBzOi8vd3d3LndlZXNlci10YWdlYmxhdHQuZXhhbXBsZS9hdXNsYW5kL2JlcmdrYXJhYmFjaC1mbHVjaHQtYXJtZW5pZW4uaHRtbNIBAA"
    add(t, w, "Bergkarabach: Mehr als 100.000 Menschen nach Armenien geflohen", "Weser-Tageblatt", "https://www.weser-tageblatt.example",
        [(t, "Bergkarabach: Mehr als 100.000 Menschen nach Armenien geflohen", "Weser-Tageblatt"),
         ("CBMiSGh0dHBzOi8vd3d3LmxhbmRib3RlLW9ubGluZS5leGFtcGxlL3dlbHQvYXJtZW5pZW4tZmx1ZWNodGxpbmdlLXVuaGNyLmh0bWzSAQA", "UNHCR: Armenien braucht dringend Hilfe für Flüchtlinge", "Landbote Online")],
        lambda k, s: it(k, "Bergkarabach: Mehr als 100.000 Menschen nach Armenien geflohen", w, [], outlet=s, note=f"Title label '{s}' may be kept or dropped."))
    w = d(2023, 10, 9, 17, 40, 0, o)
    t = "CBMiPmh0dHBzOi8vd3d3LmZpbmFuemJsaWNrLmV4YW1wbGUvbWFlcmt0ZS9kYXgtc2NobHVzcy0wOS0xMC0yMDIzLmh0bWzSAQA"
    add(t, w, "Dax schließt im Minus – Ölpreis steigt wegen Nahost-Krise", "Finanzblick", "https://www.finanzblick.example",
        [(t, "Dax schließt im Minus – Ölpreis steigt wegen Nahost-Krise", "Finanzblick")],
        lambda k, s: it(k, "Dax schließt im Minus – Ölpreis steigt wegen Nahost-Krise", w, [], outlet=s, rel=False, note=f"Markets report: not relevant. Title label '{s}' may be kept or dropped."))
    channel = (f"<generator>NFE/5.0</generator><title>Ausland - Neueste - Nachrichtenlotse</title><link>{base}/topics/ausland?hl=de&amp;gl=DE&amp;ceid=DE:de</link><language>de</language>"
               f"<webMaster>news-webmaster@nachrichtenlotse.example</webMaster><copyright>2023 Nachrichtenlotse GmbH</copyright><lastBuildDate>{gmt(d(2023, 10, 9, 17, 45, 0, o))}</lastBuildDate>"
               f"<description>Nachrichtenlotse</description>")
    text = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>' + channel + "".join(rows) + "</channel></rss>"
    return feed("de_nachrichtenlotse_ausland_aggregator.rss.xml", text, items, lang="de", outlet="Nachrichtenlotse", topic="aggregator",
                structure="Google News-style topic feed of a German news aggregator: standalone='yes' declaration, one line, <generator>NFE/5.0</generator> first in the channel, channel 'Ausland - Neueste - Brand', GmbH copyright, items NOT in date order, 'Headline - Outlet' titles, '/rss/articles/<base64 token>?oc=5' links with the bare token as non-permalink guid, escaped descriptions that are only an <ol> of <li><a>headline</a>&nbsp;&nbsp;<font color=\"#6f6f6f\">Outlet</font></li> links to several outlets (or one link and <font>), the source outlet in <source url=…> LAST, GMT dates (newsroom at +0200), October 2023",
                notes="Aggregator: the outlet a reader expects is each item's <source> (also appended to the title after ' - '); no authors anywhere; descriptions have no text of their own.")


# ---------------------------------------------------------------- ISPI-style Italian think tank, Atom feed with several authors
def ism():
    entries, items = [], []
    base = "https://www.ism-studi.example"

    def add(num, slug, title, when, authors, summary, exp, cat="Commentary"):
        url = f"{base}/it/analisi/{slug}-{num}"
        au = "".join(f"<author><name>{esc(a)}</name></author>" for a in authors)
        entries.append(f"<entry><title>{esc(title)}</title><link href=\"{url}\" rel=\"alternate\" type=\"text/html\"/><id>{url}</id>"
                       f"<updated>{when.isoformat()}</updated>{au}<category term=\"{cat}\" label=\"{cat}\"/><summary type=\"html\">{esc(summary)}</summary></entry>")
        items.append(exp(url))

    o = 2
    w = d(2023, 6, 26, 12, 0, 0, o)
    add(134210, "wagner-24-ore-che-hanno-scosso-il-cremlino", "Wagner, 24 ore che hanno scosso il Cremlino", w, ["Alessandro Ferrucci", "Giulia Mantovani"],
        "<p>La marcia su Mosca si è fermata a 200 chilometri dalla capitale. Ma la crepa nel potere russo resta aperta</p>"
        "<p>«Per la prima volta dal 1993 il monopolio della forza dello Stato russo è stato messo in discussione apertamente», osserva Alessandro Ferrucci, co-responsabile dell'Osservatorio Russia dell'ISM.</p>"
        "<p><strong>Alessandro Ferrucci</strong>, Senior Research Fellow, ISM; <strong>Giulia Mantovani</strong>, Research Fellow, ISM</p>",
        lambda k: it(k, "Wagner, 24 ore che hanno scosso il Cremlino", w, ["Alessandro Ferrucci", "Giulia Mantovani"], quotes=[q("Alessandro Ferrucci", "ISM")],
                     junk=["Senior Research Fellow, ISM", "Research Fellow, ISM"],
                     note="Two <author> elements; the summary ends with a bold authors-and-roles line. One author is quoted in the summary."))
    w = d(2023, 6, 26, 9, 30, 0, o)
    add(134188, "elezioni-grecia-la-rivincita-dei-conservatori", "Elezioni in Grecia: la rivincita dei conservatori", w, ["Stefano Kalogeropoulos"],
        "<p>Con oltre il 40% il partito di governo ottiene la maggioranza assoluta grazie al premio di seggi. A sinistra è crisi</p>",
        lambda k: it(k, "Elezioni in Grecia: la rivincita dei conservatori", w, ["Stefano Kalogeropoulos"], note="Foreign election: relevant."))
    w = d(2023, 6, 22, 18, 0, 0, o)
    add(134150, "rome-med-dialogues-2023-registrazioni-aperte", "Rome MED Dialogues 2023: aperte le registrazioni", w, [],
        "<p>La nona edizione si terrà a Roma dal 4 al 6 dicembre.</p>",
        lambda k: it(k, "Rome MED Dialogues 2023: aperte le registrazioni", w, [], story=False, rel=False, note="Event registration notice: not a story."), cat="Eventi")
    w = d(2023, 6, 19, 10, 0, 0, o)
    add(134102, "naufragio-pylos-europa-migranti", "Il naufragio di Pylos e le responsabilità dell'Europa", w, ["Chiara Dell'Orto", "Matteo Rinaldi", "Sara Benali"],
        "<p>Centinaia di dispersi al largo del Peloponneso. Le domande sul ruolo della guardia costiera greca e di Frontex</p>"
        "<p>«Il Mediterraneo centrale e orientale sono ormai un'unica rotta, ma la risposta europea resta frammentata per Stato», spiega Sara Benali, ricercatrice del Programma Migrazioni.</p>",
        lambda k: it(k, "Il naufragio di Pylos e le responsabilità dell'Europa", w, ["Chiara Dell'Orto", "Matteo Rinaldi", "Sara Benali"], quotes=[q("Sara Benali", "Programma Migrazioni")],
                     note="Three authors with apostrophes in names ('Dell'Orto')."))
    w = d(2023, 6, 15, 11, 0, 0, o)
    add(134061, "pnrr-terza-rata-a-che-punto-siamo", "Pnrr, la terza rata e i ritardi: a che punto siamo", w, ["Lorenzo Bassi"],
        "<p>Bruxelles ha sospeso il pagamento di 19 miliardi in attesa di chiarimenti su tre obiettivi</p>",
        lambda k: it(k, "Pnrr, la terza rata e i ritardi: a che punto siamo", w, ["Lorenzo Bassi"], rel=False,
                     note="Italy's EU recovery-fund instalment: domestic budget and administration, not relevant."))
    w = d(2023, 6, 9, 8, 0, 0, o)
    add(134010, "podcast-globalmente-puntata-47", "Podcast | Globalmente, puntata 47: l'Africa e il grano", w, ["Redazione ISM"],
        "<p>Ascolta la nuova puntata del podcast settimanale dell'ISM.</p>",
        lambda k: it(k, "Podcast | Globalmente, puntata 47: l'Africa e il grano", w, [], story=False, rel=False,
                     note="Podcast episode credited to the editorial staff: not a story. Title label 'Podcast |' may be kept or dropped."), cat="Podcast")
    head = (f"<title>ISM - Istituto per gli Studi sul Mediterraneo - Analisi</title><link href=\"{base}/it/analisi\" rel=\"alternate\"/><link href=\"{base}/it/rss/analisi.xml\" rel=\"self\"/>"
            f"<id>{base}/it/analisi</id><updated>{d(2023, 6, 26, 12, 0, 0, o).isoformat()}</updated><subtitle>Analisi, commenti e dossier dell'ISM</subtitle><generator uri=\"https://www.drupal.org\">Drupal</generator>")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="it">' + head + "".join(entries) + "</feed>\n"
    return feed("it_ism_analisi.atom.xml", text, items, lang="it", outlet="ISM", aliases=["Istituto per gli Studi sul Mediterraneo", "ISM - Istituto per gli Studi sul Mediterraneo"],
                shape="atom", ctype="application/atom+xml; charset=utf-8",
                structure="ISPI-style (Milan) foreign-policy think tank's Atom feed from Drupal: declaration on its own line and the rest on one line, feed title 'ACRONYM - Long name - Analisi', <generator uri> Drupal, entries with the article URL as <id>, only <updated> (no <published>), one <author> per person (three on one analysis, 'Redazione ISM' on a podcast), category with term and label, escaped HTML summaries with an occhiello without final stop, «…» quotes ('osserva NAME, co-responsabile …') and a bold 'NAME, Role, ISM' line, an event notice and a 'Podcast |' episode, +02:00 dates in June 2023")


# ---------------------------------------------------------------- Limes-style Italian geopolitics magazine on WordPress with the Italian Yoast footer
def confini():
    rows, items = [], []
    base = "https://www.confini-rivista.example"

    def add(pid, slug, title, when, authors, cats, excerpt, body, exp):
        url = f"{base}/{slug}/"
        crs = "".join(f"\n\t\t<dc:creator><![CDATA[{a}]]></dc:creator>" for a in authors)
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        foot = f'<p>L\'articolo <a href="{url}">{wpt(title)}</a> proviene da <a href="{base}">Confini</a>.</p>\n'
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t\t\t\t<comments>{url}#respond</comments>\n\t\t\n\t\t{crs.strip()}\n\t\t<pubDate>{utc0(when)}</pubDate>{cts}\n"
                    f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n\t\t\t\t\t<description><![CDATA[<p>{excerpt}</p>\n{foot}]]></description>\n"
                    f"\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}\n{foot}]]></content:encoded>\n\t\t\t\t\t\n\t\t\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t\t<slash:comments>0</slash:comments>\n\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    paywall = ('<div class="paywall-box"><p><strong>Per continuare a leggere abbonati a Confini.</strong> Il primo mese a 1 euro.</p>'
               f'<p><a class="btn" href="{base}/abbonamenti/?utm_source=feed">Abbonati</a></p></div>')
    junk = ["proviene da", "Per continuare a leggere", "Abbonati"]
    o = 2
    w = d(2023, 4, 24, 17, 20, 0, o)
    add(88412, "sudan-in-fiamme-corsa-stranieri-evacuazione", "Il Sudan in fiamme e la corsa degli stranieri all&#8217;evacuazione".replace("&#8217;", "’"), w, ["Federica Orsini"], ["Africa", "Sudan"],
        "Mentre le ambasciate evacuano il personale, a Khartum si combatte casa per casa. Chi sono i due generali e chi li sostiene",
        '<p>Mentre le ambasciate evacuano il personale, a Khartum si combatte casa per casa.</p>'
        '<p>Dietro lo scontro tra l&#8217;esercito e le Forze di supporto rapido ci sono interessi che arrivano fino al Golfo e al Mar Rosso. «Chi controlla Port Sudan controlla le rotte verso Suez», dice Ahmed Hamid, analista del Centro di studi strategici di Khartum.</p>'
        + paywall,
        lambda k: it(k, "Il Sudan in fiamme e la corsa degli stranieri all’evacuazione", w, ["Federica Orsini"], quotes=[q("Ahmed Hamid", "Centro di studi strategici di Khartum")], junk=junk,
                     note="Italian WordPress/Yoast footer 'L'articolo … proviene da Confini.' in description and content; subscriber paywall box."))
    w = d(2023, 4, 20, 10, 0, 0, o)
    add(88370, "carta-basi-cinesi-pacifico", "La carta: le basi della Cina nel Pacifico", w, ["Laura Canale"], ["Carte", "Cina", "Pacifico"],
        "La mappa del mese, di Laura Canale",
        f'<figure class="wp-block-image size-full"><img src="{base}/wp-content/uploads/2023/04/carta-pacifico.jpg" alt="Carta di Laura Canale" /><figcaption>Carta di Laura Canale</figcaption></figure>',
        lambda k: it(k, "La carta: le basi della Cina nel Pacifico", w, ["Laura Canale"], story=False, rel=False, junk=junk,
                     note="A map with a caption and no text: not a story."))
    w = d(2023, 4, 4, 15, 0, 0, o)
    add(88122, "finlandia-nato-cosa-cambia-nel-baltico", "La Finlandia nella Nato, cosa cambia nel Baltico", w, ["Paolo Venturini"], ["Europa", "Nato", "Finlandia"],
        "Con Helsinki l&#8217;Alleanza raddoppia il suo confine terrestre con la Russia",
        '<p>Con Helsinki l&#8217;Alleanza raddoppia il suo confine terrestre con la Russia. Il Baltico diventa di fatto un lago atlantico, con l&#8217;eccezione di Kaliningrad e di San Pietroburgo.</p>'
        + paywall,
        lambda k: it(k, "La Finlandia nella Nato, cosa cambia nel Baltico", w, ["Paolo Venturini"], junk=junk))
    w = d(2023, 4, 14, 9, 0, 0, o)
    add(88250, "nuovo-numero-italia-fronte-sud", "Il nuovo numero: «L&#8217;Italia al fronte del Sud»".replace("&#8217;", "’"), w, ["Redazione"], ["Il numero"],
        "In edicola e in libreria dal 14 aprile",
        '<p>In edicola e in libreria dal 14 aprile. Il sommario completo e gli abbonamenti sul nostro sito.</p>',
        lambda k: it(k, "Il nuovo numero: «L’Italia al fronte del Sud»", w, [], story=False, rel=False, junk=junk, note="Issue promotion credited to 'Redazione': not a story."))
    w = d(2023, 4, 28, 11, 0, 0, o)
    add(88455, "napoli-scudetto-geopolitica-del-calcio", "Lo scudetto del Napoli e la geopolitica del pallone", w, ["Gennaro Esposito-Lenz"], ["Italia", "Sport"],
        "Una città, una squadra e un riscatto che va oltre il campo",
        '<p>Trentatré anni dopo l&#8217;ultimo titolo, Napoli si prepara alla festa. Il calcio racconta una città meglio di molte statistiche.</p>' + paywall,
        lambda k: it(k, "Lo scudetto del Napoli e la geopolitica del pallone", w, ["Gennaro Esposito-Lenz"], rel=False, junk=junk, note="Italian football and city culture despite the word 'geopolitica': not relevant."))
    w = d(2023, 4, 11, 16, 40, 0, o)
    add(88201, "macron-pechino-autonomia-strategica", "Macron a Pechino e il dilemma dell&#8217;autonomia strategica".replace("&#8217;", "’"), w, ["Paolo Venturini", "Lucia Mei"], ["Europa", "Cina", "Francia"],
        "Le parole del presidente francese su Taiwan hanno diviso gli alleati",
        '<p>Le parole del presidente francese su Taiwan, pronunciate sul volo di ritorno dalla Cina, hanno diviso gli alleati europei e irritato Washington.</p>'
        '<p>«L&#8217;Europa non deve essere un vassallo», è la frase che ha fatto il giro delle cancellerie.</p>' + paywall,
        lambda k: it(k, "Macron a Pechino e il dilemma dell’autonomia strategica", w, ["Paolo Venturini", "Lucia Mei"], junk=junk,
                     note="The only quote is a paraphrase of a head of state (a setting); no quote to attribute."))
    channel = (f"\t<title>Confini</title>\n\t<atom:link href=\"{base}/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}</link>\n\t<description>Rivista italiana di geopolitica</description>\n"
               f"\t<lastBuildDate>{utc0(d(2023, 4, 28, 11, 0, 0, o))}</lastBuildDate>\n\t<language>it-IT</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.2</generator>")
    order = sorted(range(len(rows)), key=lambda i: items[i].published, reverse=True)
    rows = [rows[i] for i in order]
    items = [items[i] for i in order]
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            + channel + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("it_confini_geopolitica_wp.rss.xml", text, items, lang="it", outlet="Confini", aliases=["Confini – Rivista italiana di geopolitica"],
                structure="Limes-style (Rome) geopolitics magazine on WordPress with Yoast in Italian: declaration and <rss> on one line, one namespace per line, WordPress deep tab indentation, <comments>, CDATA dc:creator per author ('Redazione' on a promo), CDATA categories, '?p=<id>' guids, CDATA <p> excerpts followed by the Italian Yoast footer 'L'articolo <a>Titolo</a> proviene da <a>Confini</a>.' in description AND content, curly apostrophes as &#8217; in titles, «…» quotes, a subscriber paywall box ('Per continuare a leggere abbonati a Confini.'), a map ('La carta:') with only a figure, an issue promo, wfw:commentRss and slash:comments, +0000 dates (newsroom at +0200) in April 2023")


FEEDS = [brueckenkopf, lagebild, lotse, ism, confini]
