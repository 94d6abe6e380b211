# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German-language feeds of the fortieth held-out set: a Saxon regional daily on TYPO3 with
ext:news (German day and month names in pubDate), a Bremen public broadcaster on Sophora, a
Vienna weekly on WordPress 6.7 with Yoast and a Bern daily on Livingdocs (Atom). All outlets,
people and quotations are invented."""
from h40 import NS_ALL, cd, d, esc, feed, gmt, it, ordered, q, rfc822, wpt


# ---------------------------------------------------------------- Grimma (Saxony) regional daily, TYPO3 8 + ext:news, strftime dates in German
def muldental():
    rows, items = [], []
    base = "https://www.muldentaler-bote.example"

    def add(uid, slug, title, when, creator, teaser, cat, exp):
        url = f"{base}/nachrichten/ausland/detail/{slug}"
        cr = f"\n\t\t\t<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"\t\t<item>\n\t\t\t<guid isPermaLink=\"false\">news-{uid}</guid>\n\t\t\t<pubDate>{rfc822(when, 'de')}</pubDate>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{url}</link>\n"
                    f"\t\t\t<description>{esc(teaser)}</description>{cr}\n\t\t\t<category>{esc(cat)}</category>\n\t\t</item>")
        items.append(exp(f"news-{uid}"))

    w = d(2016, 10, 19, 17, 42, 0, 2)
    add(20914, "aleppo-feuerpause-hilfsorganisationen-skeptisch", "Feuerpause in Aleppo: Hilfsorganisationen bleiben skeptisch", w, "dpa",
        "Beirut. Die angekündigte Feuerpause für Aleppo soll nur acht Stunden dauern. „Acht Stunden reichen nicht einmal, um die Verletzten aus den Kellern zu holen“, sagte Helene Varga von der Hilfsorganisation Brücke e.V. am Mittwoch der Deutschen Presse-Agentur. (dpa)",
        "Ausland",
        lambda k: it(k, "Feuerpause in Aleppo: Hilfsorganisationen bleiben skeptisch", w, [], junk=["(dpa)"], quotes=[q("Helene Varga", "Brücke e.V.")],
                     note="TYPO3 ext:news with a Fluid date in strftime format under setlocale(de_DE): the pubDate carries German day and month names ('Mi, 19 Okt 2016'). dc:creator 'dpa' is an agency: []. Relevant."))
    w = d(2016, 10, 19, 11, 5, 0, 2)
    add(20908, "steinmeier-reise-ankara-fluechtlingsabkommen", "Außenminister in Ankara: Berlin will am Flüchtlingsabkommen festhalten", w, "Jens Pohl",
        "Berlin/Ankara. Trotz der Spannungen nach dem Putschversuch will die Bundesregierung am Flüchtlingsabkommen mit der Türkei festhalten. Von Jens Pohl",
        "Ausland",
        lambda k: it(k, "Außenminister in Ankara: Berlin will am Flüchtlingsabkommen festhalten", w, ["Jens Pohl"], junk=["Von Jens Pohl"],
                     note="Germany's own foreign policy toward Turkey: relevant. The 'Von Name' byline repeated at the end of the teaser is noise."))
    w = d(2016, 10, 18, 19, 30, 0, 2)
    add(20899, "grimma-muldebruecke-sanierung-vollsperrung", "Grimma: Pöppelmannbrücke wird ab November voll gesperrt", w, "Katrin Seidel",
        "Grimma. Für die Sanierung der Brücke über die Mulde wird die Verbindung ab 7. November für vier Wochen gesperrt. Die Stadt empfiehlt die Umleitung über Großbothen.",
        "Region",
        lambda k: it(k, "Grimma: Pöppelmannbrücke wird ab November voll gesperrt", w, ["Katrin Seidel"], rel=False,
                     note="Local traffic story that landed in the Ausland feed (wrong category assignment in ext:news): a story, not relevant."))
    w = d(2016, 10, 18, 15, 0, 0, 2)
    add(20893, "bildergalerie-weinlese-am-rhein-partnerstadt", "Bildergalerie: Weinlese in der Partnerstadt Dinan", w, "",
        "Die schönsten Bilder vom Besuch der Grimmaer Delegation in der Bretagne.",
        "Bildergalerie",
        lambda k: it(k, "Bildergalerie: Weinlese in der Partnerstadt Dinan", w, [], story=False, rel=False,
                     note="Photo gallery: not a story. Title label 'Bildergalerie:' may be kept or dropped."))
    w = d(2016, 10, 17, 20, 15, 0, 2)
    add(20887, "us-wahl-fragen-antworten-wahlleute", "Fragen und Antworten: Wie die Wahlleute den US-Präsidenten bestimmen", w, "Jens Pohl",
        "Washington. Am 8. November wählen die Amerikaner – aber eigentlich wählen sie Wahlleute. Warum 270 Stimmen reichen und was passiert, wenn es ein Patt gibt. Von Jens Pohl",
        "Ausland",
        lambda k: it(k, "Fragen und Antworten: Wie die Wahlleute den US-Präsidenten bestimmen", w, ["Jens Pohl"], junk=["Von Jens Pohl"],
                     note="Explainer on a foreign election: relevant."))
    w = d(2016, 10, 17, 9, 40, 0, 2)
    add(20880, "landtag-dresden-debatte-asylheime-bautzen", "Landtag debattiert über Krawalle in Bautzen", w, "Katrin Seidel",
        "Dresden. Nach den Ausschreitungen in Bautzen hat der Landtag in einer Aktuellen Stunde über die Lage in Ostsachsen gestritten. „Wir dürfen das nicht kleinreden“, sagte die Abgeordnete Doreen Lasch (Grüne).",
        "Sachsen",
        lambda k: it(k, "Landtag debattiert über Krawalle in Bautzen", w, ["Katrin Seidel"], rel=False, quotes=[q("Doreen Lasch", "Grüne")],
                     note="Saxon state politics in the Ausland feed: a story, not relevant. Party in parentheses after the name is the affiliation."))
    rows, items = ordered(rows, items)
    head = (f"\t\t<title>Ausland – Muldentaler Bote</title>\n\t\t<link>{base}/nachrichten/ausland</link>\n\t\t<description>Nachrichten aus aller Welt</description>\n\t\t<language>de-DE</language>\n"
            f"\t\t<copyright>Muldentaler Verlagsgesellschaft mbH</copyright>\n\t\t<generator>TYPO3 EXT:news</generator>\n\t\t<lastBuildDate>{rfc822(d(2016, 10, 19, 17, 45, 0, 2), 'de')}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n\t<channel>\n'
            + head + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("de_muldentalerbote_ausland_typo3news.rss.xml", text, items, lang="de", outlet="Muldentaler Bote",
                structure="Grimma (Saxony) regional daily's 'Ausland' list on TYPO3 8 with ext:news (type=9818): tab indentation, channel 'Ausland – Brand', de-DE, <generator>TYPO3 EXT:news</generator>, 'news-<uid>' non-permalink guids FIRST, pubDate written by a Fluid strftime format under a German locale ('Mi, 19 Okt 2016 17:42:00 +0200': German day and month names), escaped plain-text teasers with 'Ort.' datelines, „…“ quotes with ', sagte X', a 'Von Name' byline at the END of the teaser, dc:creator with a person or 'dpa', '(dpa)' tails, a local traffic story and a Landtag debate miscategorised into Ausland, a gallery, October 2016")


# ---------------------------------------------------------------- Bremen public broadcaster on Sophora, 2024
def weserland():
    rows, items = [], []
    base = "https://www.radio-weserland.example"

    def add(sid, path, title, when, desc, exp):
        url = f"{base}/nachrichten/ausland/{path}-{sid}.html"
        rows.append(f"<item>\n  <title>{esc(title)}</title>\n  <link>{url}</link>\n  <pubDate>{rfc822(when)}</pubDate>\n  <description>{esc(desc)}</description>\n  <guid>{url}</guid>\n</item>")
        items.append(exp(url))

    w = d(2024, 1, 13, 18, 40, 0, 1)
    add(100, "taiwan-wahl-lai-ergebnis-peking", "Nach der Wahl in Taiwan: Peking warnt vor „Unabhängigkeitskräften“", w,
        "Stand: 13.01.2024 18:40 Uhr – Taiwans Regierungspartei hat die Präsidentenwahl gewonnen. Peking reagierte mit scharfen Worten. „Die Insel hat für Kontinuität gestimmt, nicht für Konfrontation“, sagte die Politologin Mei-Ling Kuo von der Nationaluniversität Taipeh. Von Sabine Ortlepp, ARD-Studio Peking",
        lambda k: it(k, "Nach der Wahl in Taiwan: Peking warnt vor „Unabhängigkeitskräften“", w, ["Sabine Ortlepp"], junk=["Stand: 13.01.2024 18:40 Uhr"],
                     quotes=[q("Mei-Ling Kuo", "Nationaluniversität Taipeh")],
                     note="Sophora teaser: the 'Stand:' time stamp leads the description and the correspondent line 'Von Name, Studio City' ends it (studio is not part of the name). Relevant."))
    w = d(2024, 1, 13, 12, 15, 0, 1)
    add(98, "liveblog-nahost-samstag", "Liveblog: Der Krieg in Nahost am Samstag", w,
        "Stand: 13.01.2024 12:15 Uhr – Alle Entwicklungen im Liveblog.",
        lambda k: it(k, "Liveblog: Der Krieg in Nahost am Samstag", w, [], story=False, rel=False, junk=["Stand: 13.01.2024 12:15 Uhr"],
                     note="Live blog: not a story. Title label 'Liveblog:' may be kept or dropped."))
    w = d(2024, 1, 12, 17, 5, 0, 1)
    add(96, "ukraine-hilfe-bundesregierung-marschflugkoerper", "Bundesregierung stockt Militärhilfe für die Ukraine auf acht Milliarden auf", w,
        "Stand: 12.01.2024 17:05 Uhr – Deutschland will der Ukraine in diesem Jahr doppelt so viel Militärhilfe leisten wie bisher geplant. Über die Lieferung von Marschflugkörpern wird weiter gestritten. (dpa/afp)",
        lambda k: it(k, "Bundesregierung stockt Militärhilfe für die Ukraine auf acht Milliarden auf", w, [], junk=["Stand: 12.01.2024 17:05 Uhr", "(dpa/afp)"],
                     note="Germany's own foreign and security policy: relevant. Agency copy, no person."))
    w = d(2024, 1, 12, 9, 30, 0, 1)
    add(94, "buergerschaft-bremen-haushalt-notlage", "Bürgerschaft beschließt Haushaltsnotlage für Bremen", w,
        "Stand: 12.01.2024 09:30 Uhr – Bremen erklärt erneut eine Notlage, um Kredite aufnehmen zu können. Die Opposition kündigt eine Klage an.",
        lambda k: it(k, "Bürgerschaft beschließt Haushaltsnotlage für Bremen", w, [], rel=False, junk=["Stand: 12.01.2024 09:30 Uhr"],
                     note="Bremen state politics in the Ausland feed: a story, not relevant."))
    w = d(2024, 1, 11, 19, 0, 0, 1)
    add(91, "podcast-weltweit-suedafrika-klage-den-haag", "Podcast „Weltweit“: Südafrikas Klage in Den Haag", w,
        "Stand: 11.01.2024 19:00 Uhr – Die neue Folge unseres Auslandspodcasts. Überall, wo es Podcasts gibt.",
        lambda k: it(k, "Podcast „Weltweit“: Südafrikas Klage in Den Haag", w, [], story=False, rel=False, junk=["Stand: 11.01.2024 19:00 Uhr", "Überall, wo es Podcasts gibt."],
                     note="Podcast episode: not a story. Title label 'Podcast „Weltweit“:' may be kept or dropped."))
    w = d(2024, 1, 11, 8, 20, 0, 1)
    add(89, "rotes-meer-huthi-angriffe-handelsschiffe-bremerhaven", "Huthi-Angriffe im Roten Meer: Reedereien meiden Suezkanal", w,
        "Stand: 11.01.2024 08:20 Uhr – Immer mehr Reedereien schicken ihre Schiffe um Afrika herum. „Zehn Tage länger unterwegs heißt: höhere Frachtraten, auch für Bremerhaven“, sagte Jörg Brakel, Sprecher des Verbands Weserhäfen. Von Tim Ahlers",
        lambda k: it(k, "Huthi-Angriffe im Roten Meer: Reedereien meiden Suezkanal", w, ["Tim Ahlers"], junk=["Stand: 11.01.2024 08:20 Uhr"], quotes=[q("Jörg Brakel", "Verband Weserhäfen")],
                     note="Red Sea attacks with a home-port angle: world news, relevant. Affiliation as written ('Verbands Weserhäfen' is the genitive of 'Verband Weserhäfen')."))
    rows, items = ordered(rows, items)
    head = (f"<title>Ausland - Radio Weserland</title>\n<link>{base}/nachrichten/ausland/index.html</link>\n<description>Nachrichten aus aller Welt von Radio Weserland</description>\n"
            f"<language>de</language>\n<copyright>Radio Weserland</copyright>\n<lastBuildDate>{rfc822(d(2024, 1, 13, 18, 42, 0, 1))}</lastBuildDate>\n"
            f"<image>\n  <url>{base}/resources/img/rwl-logo-rss.png</url>\n  <title>Ausland - Radio Weserland</title>\n  <link>{base}/</link>\n</image>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + head + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("de_radioweserland_ausland_sophora.rss.xml", text, items, lang="de", outlet="Radio Weserland",
                ctype="application/rss+xml; charset=UTF-8",
                structure="Bremen public broadcaster's 'Ausland' feed from Sophora (ARD-style, /nachrichten/ausland/index~rss2.xml): language 'de', channel <image>, two-space item children, '<slug>-<sophora id>.html' links repeated as guids without isPermaLink, NO author element at all (the correspondent only in a trailing 'Von Name, ARD-Studio City' line), every description starting 'Stand: DD.MM.YYYY HH:MM Uhr –', „…“ quotes, '(dpa/afp)', a liveblog, a podcast with 'Überall, wo es Podcasts gibt.', Bremen state politics in the feed, +0100 dates, January 2024")


# ---------------------------------------------------------------- Vienna weekly on WordPress 6.7 + Yoast, January 2025
def alpenwoche():
    rows, items = [], []
    base = "https://www.alpenwoche.example"

    def add(pid, slug, title, when, creators, cats, excerpt, content, exp):
        url = f"{base}/{slug}/"
        crs = "".join(f"\n\t\t<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        foot = f'<p>Der Beitrag <a href="{url}">{wpt(title)}</a> erschien zuerst auf <a href="{base}">Alpenwoche</a>.</p>\n'
        rows.append(f"\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t\t\t\t<comments>{url}#respond</comments>\n\t\t\n\t\t<pubDate>{gmt(when)}</pubDate>{crs}{cts}\n"
                    f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n\t\t\t\t\t<description>{cd(excerpt + ' ' + foot.strip())}</description>\n"
                    f"\t\t\t\t\t\t\t\t\t\t<content:encoded>{cd(content + foot)}</content:encoded>\n\t\t\t\t\t\n\t\t\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t\t<slash:comments>0</slash:comments>\n\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    J = ["erschien zuerst auf"]
    w = d(2025, 1, 21, 9, 10, 0, 1)
    t = "Trumps zweite Amtszeit: Was Europa jetzt droht"
    add(48812, "trump-zweite-amtszeit-europa-zoelle", t, w, ["Dr. Lukas Brandstätter"], ["Ausland", "USA"],
        "Zölle, Nato, Ukraine: Die ersten Dekrete des neuen Präsidenten zeigen, wohin die Reise geht.",
        "<p>Zölle, Nato, Ukraine: Die ersten Dekrete des neuen Präsidenten zeigen, wohin die Reise geht.</p>\n<p>„Europa hat vier Jahre Zeit gehabt, sich vorzubereiten, und hat sie kaum genutzt“, sagt der Politikwissenschaftler Florian Aigner von der Universität Innsbruck.</p>\n",
        lambda k: it(k, t, w, ["Lukas Brandstätter"], junk=J, quotes=[q("Florian Aigner", "Universität Innsbruck")],
                     note="'Dr.' is an academic title, not part of the name. Yoast footer 'Der Beitrag … erschien zuerst auf …' in description and content. Relevant."))
    w = d(2025, 1, 20, 16, 45, 0, 1)
    t = "Regierungsverhandlungen: ÖVP und FPÖ einigen sich auf Budgetpfad"
    add(48790, "regierungsverhandlungen-oevp-fpoe-budgetpfad-bruessel", t, w, ["Redaktion"], ["Ausland", "Innenpolitik"],
        "Das Defizitverfahren aus Brüssel soll vermieden werden – die Sparliste ist lang.",
        "<p>Wien. Das Defizitverfahren aus Brüssel soll vermieden werden – die Sparliste ist lang. (APA)</p>\n",
        lambda k: it(k, t, w, [], rel=False, junk=J + ["(APA)"],
                     note="Austrian coalition talks (home politics, with an EU angle) tagged Ausland: a story, not relevant. 'Redaktion' is a desk credit."))
    w = d(2025, 1, 19, 11, 30, 0, 1)
    t = "Waffenruhe in Gaza: Erste Geiseln frei"
    add(48771, "waffenruhe-gaza-erste-geiseln-frei", t, w, ["Redaktion"], ["Ausland", "Nahost"],
        "Nach 15 Monaten Krieg ist die Waffenruhe in Kraft. Drei Frauen wurden am Sonntag übergeben.",
        "<p>Tel Aviv/Gaza. Nach 15 Monaten Krieg ist die Waffenruhe in Kraft getreten. Drei Frauen wurden am Sonntagnachmittag dem Roten Kreuz übergeben. (APA/dpa)</p>\n",
        lambda k: it(k, t, w, [], junk=J + ["(APA/dpa)"], note="Agency copy credited '(APA/dpa)': no person. Relevant."))
    w = d(2025, 1, 17, 8, 0, 0, 1)
    t = "Sky Shield und Neutralität: Wie weit darf Österreich gehen?"
    add(48750, "sky-shield-neutralitaet-oesterreich-analyse", t, w, ["Mag. Theresa Pichler", "Dr. Lukas Brandstätter"], ["Ausland", "Analyse"],
        "Der Beitritt zur europäischen Luftabwehr-Initiative spaltet die Parteien. Eine Analyse.",
        "<p>Der Beitritt zur europäischen Luftabwehr-Initiative spaltet die Parteien. „Neutralität heißt nicht Wehrlosigkeit“, sagte Oberst Gerald Wimmer vom Bundesheer bereits im Jänner.</p>\n",
        lambda k: it(k, t, w, ["Theresa Pichler", "Lukas Brandstätter"], junk=J, quotes=[q("Gerald Wimmer", "Bundesheer")],
                     note="Austria's own security/foreign policy: relevant. Two co-authors with academic titles ('Mag.', 'Dr.'); 'Oberst' is a rank, not part of the name. 'Jänner' is Austrian German for January."))
    w = d(2025, 1, 16, 14, 0, 0, 1)
    t = "Hahnenkamm: Kitzbühel rüstet sich für das Rennwochenende"
    add(48733, "hahnenkamm-kitzbuehel-rennwochenende", t, w, ["Mag. Theresa Pichler"], ["Ausland", "Sport"],
        "Streif, Party, Promis: Der Countdown läuft.",
        "<p>Streif, Party, Promis: Der Countdown läuft. Heuer werden 90.000 Zuschauer erwartet.</p>\n",
        lambda k: it(k, t, w, ["Theresa Pichler"], rel=False, junk=J, note="Home sport event with the Ausland tag still attached: a story, not relevant."))
    w = d(2025, 1, 15, 7, 0, 0, 1)
    t = "Newsletter: Die Alpenwoche am Mittwoch"
    add(48720, "newsletter-alpenwoche-am-mittwoch", t, w, ["Alpenwoche"], ["Newsletter"],
        "Jetzt anmelden und jeden Mittwoch das Wichtigste aus Österreich und der Welt erhalten.",
        "<p>Jetzt anmelden und jeden Mittwoch das Wichtigste aus Österreich und der Welt erhalten.</p>\n",
        lambda k: it(k, t, w, [], story=False, rel=False, junk=J, note="Newsletter promo: not a story."))
    rows, items = ordered(rows, items)
    head = (f"\t<title>Ausland &#8211; Alpenwoche</title>\n\t<atom:link href=\"{base}/category/ausland/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}</link>\n"
            f"\t<description>Das Wochenmagazin aus Wien</description>\n\t<lastBuildDate>{gmt(d(2025, 1, 21, 9, 12, 0, 1))}</lastBuildDate>\n\t<language>de-AT</language>\n"
            "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.7.1</generator>")
    ns = (' xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/"'
          ' xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/"')
    text = '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\t' + ns.strip().replace(" xmlns", "\n\txmlns") + "\n\t>\n\n<channel>\n" + head + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("de_at_alpenwoche_ausland_wp67.rss.xml", text, items, lang="de", outlet="Alpenwoche",
                ctype="application/rss+xml; charset=UTF-8",
                structure="Vienna weekly news magazine's 'Ausland' category on WordPress 6.7.1 with Yoast SEO: WordPress's namespace block on separate lines, channel 'Ausland &#8211; Brand', de-AT, sy:update* whitespace, '?p=<id>' guids, GMT pubDates (newsroom +0100), CDATA dc:creator per co-author with academic titles ('Dr.', 'Mag.'), the desk 'Redaktion' or the brand, CDATA categories ('Ausland' on everything), the Yoast footer 'Der Beitrag … erschien zuerst auf …' in description and content, '(APA)' and '(APA/dpa)' tails, Austrian German ('Jänner', 'heuer'), home coalition talks and a ski race under Ausland, a newsletter promo, January 2025")


# ---------------------------------------------------------------- Bern daily on Livingdocs, Atom, June 2022
def aarebote():
    entries, items = [], []
    base = "https://www.aarebote.example"

    def add(doc, slug, title, when, upd, authors, summary, exp):
        url = f"{base}/{slug}-{doc}"
        aus = "".join(f"\n    <author>\n      <name>{esc(a)}</name>\n    </author>" for a in authors)
        entries.append(f"  <entry>\n    <id>urn:livingdocs:aarebote:document:{doc}</id>\n    <title type=\"text\">{esc(title)}</title>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n"
                       f"    <published>{when.isoformat()}</published>\n    <updated>{upd.isoformat()}</updated>{aus}\n    <summary type=\"text\">{esc(summary)}</summary>\n  </entry>")
        items.append(exp(f"urn:livingdocs:aarebote:document:{doc}"))

    w = d(2022, 6, 9, 18, 20, 0, 2)
    add(771204, "schweiz-uno-sicherheitsrat-gewaehlt", "Die Schweiz sitzt ab 2023 im UNO-Sicherheitsrat", w, d(2022, 6, 9, 19, 5, 0, 2), ["Nadia Brügger, New York"],
        "Mit 187 Stimmen ist die Schweiz erstmals in den Sicherheitsrat gewählt worden. «Das ist ein Auftrag, kein Pokal», sagte Botschafterin Regula Anliker vor den Medien.",
        lambda k: it(k, "Die Schweiz sitzt ab 2023 im UNO-Sicherheitsrat", w, ["Nadia Brügger"], quotes=[q("Regula Anliker")],
                     note="Switzerland's own foreign policy (a Security Council seat): relevant. Author name 'Name, Ort': the place is not part of the name. Swiss spelling, «…» quotes."))
    w = d(2022, 6, 8, 12, 0, 0, 2)
    add(770988, "stadtrat-bern-velohauptroute-breitenrain", "Berner Stadtrat bewilligt Velohauptroute durchs Breitenrain", w, w, ["Urs Kämpf"],
        "Der Kredit von 14 Millionen Franken ist durch. Das Gewerbe spricht von einem schwarzen Tag.",
        lambda k: it(k, "Berner Stadtrat bewilligt Velohauptroute durchs Breitenrain", w, ["Urs Kämpf"], rel=False,
                     note="City politics in the International feed: a story, not relevant."))
    w = d(2022, 6, 7, 16, 40, 0, 2)
    add(770801, "frankreich-parlamentswahl-macron-mehrheit-wackelt", "Frankreich vor der Parlamentswahl: Macrons Mehrheit wackelt", w, w, ["Céline Marti, Paris"],
        "Das Linksbündnis liegt in den Umfragen gleichauf. Was das für die Grenzgänger in der Romandie bedeutet.",
        lambda k: it(k, "Frankreich vor der Parlamentswahl: Macrons Mehrheit wackelt", w, ["Céline Marti"],
                     note="Foreign election seen from Switzerland: relevant (head of state only as a setting)."))
    w = d(2022, 6, 6, 9, 15, 0, 2)
    add(770650, "video-so-sieht-es-in-charkiw-aus", "Video: So sieht es in Charkiw nach dem Rückzug der Russen aus", w, w, [],
        "Unser Reporter war vor Ort.",
        lambda k: it(k, "Video: So sieht es in Charkiw nach dem Rückzug der Russen aus", w, [], story=False, rel=False,
                     note="Video: not a story. Title label 'Video:' may be kept or dropped."))
    w = d(2022, 6, 5, 14, 10, 0, 2)
    add(770512, "lugano-wiederaufbaukonferenz-ukraine-vorbereitung", "Wiederaufbaukonferenz in Lugano: Bern lädt 40 Staaten ein", w, d(2022, 6, 5, 15, 0, 0, 2), ["Keystone-SDA"],
        "Die Konferenz Anfang Juli soll den Wiederaufbau der Ukraine planen. Die Sicherheitsvorkehrungen im Tessin sind beispiellos. (sda)",
        lambda k: it(k, "Wiederaufbaukonferenz in Lugano: Bern lädt 40 Staaten ein", w, [], junk=["(sda)"],
                     note="Swiss diplomacy on Ukraine: relevant. Atom author is the agency 'Keystone-SDA': []."))
    w = d(2022, 6, 4, 20, 30, 0, 2)
    add(770433, "sri-lanka-krise-treibstoff-schlangen", "Sri Lanka: Kilometerlange Schlangen vor den Tankstellen", w, w, ["Keystone-SDA", "Nadia Brügger"],
        "Die Wirtschaftskrise verschärft sich. «Wir stehen seit zwei Tagen hier», sagte der Taxifahrer Ruwan Perera in Colombo.",
        lambda k: it(k, "Sri Lanka: Kilometerlange Schlangen vor den Tankstellen", w, ["Nadia Brügger"], quotes=[q("Ruwan Perera")],
                     note="Two Atom authors, the agency and a person: only the person. Relevant."))
    entries, items = ordered(entries, items)
    head = (f'  <id>{base}/international</id>\n  <title>Aare-Bote – International</title>\n  <subtitle>Die neusten Artikel aus dem Ressort International</subtitle>\n'
            f'  <link rel="self" href="{base}/feeds/international.atom"/>\n  <link rel="alternate" href="{base}/international"/>\n  <updated>{d(2022, 6, 9, 19, 5, 0, 2).isoformat()}</updated>\n'
            '  <generator uri="https://livingdocs.io">Livingdocs</generator>\n  <rights>© Aare-Bote AG</rights>')
    text = '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de-CH">\n' + head + "\n" + "\n".join(entries) + "\n</feed>\n"
    return feed("de_ch_aarebote_international_livingdocs.atom.xml", text, items, lang="de", outlet="Aare-Bote", aliases=["Aare Bote"], shape="atom",
                ctype="application/atom+xml; charset=utf-8",
                structure="Bern daily's 'International' section as Atom from a Livingdocs delivery: xml:lang de-CH, '<generator uri=…>Livingdocs</generator>', 'urn:livingdocs:<brand>:document:<id>' entry ids, '<slug>-<id>' alternate links, published and updated in +02:00, one or two <author> per entry with 'Name, Ort', a person, the agency 'Keystone-SDA' or none, text summaries with «…» quotes and '(sda)', Swiss spelling without ß, a city-council story in the feed, a video, June 2022")


FEEDS = [muldental, weserland, alpenwoche, aarebote]
