# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian, Portuguese and Urdu feeds of the twenty-fourth held-out set.
All outlets, people and quotations are invented."""
from datetime import UTC

from lib import dt
from mk import esc, it, q, rfc822
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    return dt(2027, 6, day, h, mi, s, off)


def cd(s):
    return f"<![CDATA[{s}]]>"


def utc0(w):
    return rfc822(w.astimezone(UTC))


def gmt(w):
    return rfc822(w.astimezone(UTC), gmt=True)


# ---------------------------------------------------------------- BILD-style (Berlin) tabloid section RSS: 'Von: NAME UND NAME' bylines in the body
def klartext():
    rows, items = [], []
    base = "https://www.klartext.example"

    def add(nid, slug, title, when, teaser, body, exp):
        url = f"{base}/politik/ausland/politik-ausland/{slug}-{nid}.klartext.html"
        img = f"<img src=\"https://images.klartext.example/{nid}/1200x675.jpg\" width=\"1200\" height=\"675\" /><br />"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(img + teaser)}</description>\n<category>Ausland</category>\n"
                    f"<pubDate>{rfc822(when)}</pubDate>\n<guid>{url}</guid>\n<content:encoded>{cd(body)}</content:encoded>\n</item>")
        items.append(exp(url))

    o = 2
    w = d(15, 15, 44, 0, o)
    add(88412345, "sanktions-hammer-gegen-putin-eu-beschliesst-19-paket", "Sanktions-Hammer gegen Putin: EU beschließt 19. Paket", w,
        "Die EU-Außenminister haben sich in Brüssel auf neue Strafmaßnahmen gegen Russland geeinigt. Im Visier: die Schattenflotte",
        "<p class=\"author\">Von: MARKUS KRÜGER und ANNA SELL</p>"
        "<p>Brüssel – Jetzt ist es beschlossen! Die Außenminister der 27 EU-Staaten haben am Dienstag das 19. Sanktionspaket gegen Russland verabschiedet.</p>"
        "<p>Im Visier: mehr als 120 Öltanker der sogenannten Schattenflotte, mit denen Moskau das Ölembargo umgeht, und drei chinesische Firmen, die Bauteile für Drohnen liefern.</p>"
        "<p>„Das ist das bisher härteste Paket gegen die Kriegskasse des Kreml“, sagte der litauische Außenminister Darius Kalnius.</p>"
        "<p>Ungarn hatte bis zuletzt mit einem Veto gedroht. Der Durchbruch kam erst nach einer Ausnahme für die Pipeline Druschba.</p>",
        lambda k: it(k, "Sanktions-Hammer gegen Putin: EU beschließt 19. Paket", w, ["Markus Krüger", "Anna Sell"], junk=["Von: MARKUS KRÜGER", "MARKUS KRÜGER und ANNA SELL"],
                     quotes=[q("Darius Kalnius", "litauische Außenminister")], note="Same event as stephansblatt's and radiorhein_urdu's sanctions stories. The only byline is 'Von: NAME und NAME' in upper case in the first body paragraph."))
    w = d(15, 12, 10, 0, o)
    add(88411902, "drohnen-alarm-an-der-grenze-polen-sperrt-luftraum-zu-belarus", "Drohnen-Alarm an der Grenze: Polen sperrt Luftraum zu Belarus", w,
        "Nach mehreren Drohnen-Sichtungen schließt Warschau einen 20 Kilometer breiten Streifen",
        "<p class=\"author\">Von: PETER HAAS</p>"
        "<p>Warschau – Polen macht dicht! Nach mehreren Drohnen-Sichtungen über dem Grenzgebiet hat die Regierung den Luftraum entlang der Grenze zu Belarus für zunächst 90 Tage gesperrt.</p>"
        "<p>Betroffen ist ein 20 Kilometer breiter Streifen. Ausnahmen gelten nur für Militär- und Rettungsflüge.</p>"
        "<p>„Wir lassen uns nicht testen“, sagte Vize-Verteidigungsminister Tomasz Zielak im polnischen Radio.</p>",
        lambda k: it(k, "Drohnen-Alarm an der Grenze: Polen sperrt Luftraum zu Belarus", w, ["Peter Haas"], junk=["Von: PETER HAAS"],
                     quotes=[q("Tomasz Zielak", "Vize-Verteidigungsminister")]))
    w = d(15, 9, 0, 0, o)
    add(88411500, "lotto-am-samstag-die-aktuellen-gewinnzahlen", "Lotto am Samstag: Die aktuellen Gewinnzahlen", w,
        "Alle Zahlen, alle Quoten – ohne Gewähr",
        "<p>Die Gewinnzahlen: 4, 11, 19, 27, 33, 41. Superzahl: 7. Alle Angaben ohne Gewähr.</p>",
        lambda k: it(k, "Lotto am Samstag: Die aktuellen Gewinnzahlen", w, [], story=False, rel=False, note="Lottery numbers."))
    w = d(14, 21, 35, 0, o)
    add(88410988, "mallorca-drama-deutscher-19-stuerzt-von-hotel-balkon", "Mallorca-Drama: Deutscher (19) stürzt von Hotel-Balkon", w,
        "Der junge Mann aus Niedersachsen wurde schwer verletzt in eine Klinik in Palma gebracht",
        "<p class=\"author\">Von: LENA WOLF</p>"
        "<p>Palma – Schock-Nacht an der Playa de Palma! Ein 19-jähriger Urlauber aus Niedersachsen ist in der Nacht zu Montag vom Balkon seines Hotelzimmers im dritten Stock gestürzt.</p>"
        "<p>Er wurde mit schweren Verletzungen in die Klinik Son Espases gebracht. Die Polizei geht von einem Unfall aus.</p>",
        lambda k: it(k, "Mallorca-Drama: Deutscher (19) stürzt von Hotel-Balkon", w, ["Lena Wolf"], rel=False, junk=["Von: LENA WOLF"]))
    w = d(14, 17, 20, 0, o)
    add(88410652, "us-vermittler-legt-plan-vor-verhandeln-israel-und-libanon-bald-direkt", "US-Vermittler legt Plan vor: Verhandeln Israel und Libanon bald direkt?", w,
        "In Nakura sitzen Militärs beider Länder erstmals seit Jahren im selben Gebäude",
        "<p class=\"author\">Von: JAN BRÜGGE</p>"
        "<p>Beirut – Bewegung im Grenzstreit! Unter Vermittlung der USA haben Israel und der Libanon indirekte Gespräche über ihre umstrittene Landgrenze begonnen.</p>"
        "<p>Der amerikanische Gesandte pendelt in einem UN-Stützpunkt in Nakura zwischen zwei Räumen. Es geht um 13 Punkte entlang der sogenannten Blauen Linie.</p>",
        lambda k: it(k, "US-Vermittler legt Plan vor: Verhandeln Israel und Libanon bald direkt?", w, ["Jan Brügge"], junk=["Von: JAN BRÜGGE"],
                     note="Same event as crescentlens' Naqoura story."))
    w = d(14, 11, 0, 0, o)
    add(88410311, "klartext-plus-buergergeld-reform-so-hart-werden-die-neuen-sanktionen", "KLARTEXT+ Bürgergeld-Reform: So hart werden die neuen Sanktionen", w,
        "Wer Termine schwänzt, dem wird die Leistung gekürzt – was die Pläne für Millionen Empfänger bedeuten",
        "<p class=\"author\">Von: SIMONE ADLER</p>"
        "<p>Berlin – Die Bundesregierung will beim Bürgergeld härter durchgreifen. Wer zweimal einen Termin im Jobcenter verpasst, soll künftig 30 Prozent weniger bekommen.</p>"
        "<p><strong>Lesen Sie weiter mit KLARTEXT+. Jetzt 4 Wochen für 0,99 € testen!</strong></p>",
        lambda k: it(k, "Bürgergeld-Reform: So hart werden die neuen Sanktionen", w, ["Simone Adler"], rel=False, junk=["Lesen Sie weiter mit KLARTEXT+", "0,99 €"],
                     note="Paywalled domestic item. Title label 'KLARTEXT+' may be kept or dropped"))
    channel = ("<title>KLARTEXT.example - Politik Ausland</title>\n<link>https://www.klartext.example/politik/ausland/</link>\n<description>Aktuelle Nachrichten aus dem Ausland bei KLARTEXT.example</description>\n"
               f"<language>de</language>\n<copyright>Copyright KLARTEXT GmbH</copyright>\n<lastBuildDate>{rfc822(d(15, 15, 45, 0, o))}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("de_klartext_politik_ausland.rss.xml", text, items, lang="de", outlet="KLARTEXT", aliases=["Klartext", "KLARTEXT.example"],
                structure="BILD-style (Berlin) tabloid section RSS from a custom CMS ('/<ressort>/<slug>-<8 digits>.<brand>.html' permalink guids): no indentation, channel 'BRAND.domain - Politik Ausland', escaped descriptions opening with an <img> and <br />, teaser without final stop, <category> before pubDate, NO author element, content:encoded whose first paragraph is the upper-case byline 'Von: NAME und NAME', 'Stadt –' datelines, exclamatory tabloid leads, 'Kicker: Satz' titles, „…“ quotes with 'sagte der Minister Name', a lottery page, a 'BRAND+' paywall title label and subscription line, GmbH copyright, +0200 dates")


# ---------------------------------------------------------------- Kronen Zeitung-style (Vienna) RSS: German day names, '(Bild: APA/…)' captions
def stephansblatt():
    rows, items = [], []
    base = "https://www.stephansblatt.example"

    def add(nid, title, when, creator, teaser, body, exp):
        url = f"{base}/{nid}"
        cr = f"\n\t\t\t<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"\t\t<item>\n\t\t\t<title>{cd(title)}</title>\n\t\t\t<link>{url}</link>\n\t\t\t<guid isPermaLink=\"true\">{url}</guid>\n\t\t\t<pubDate>{rfc822(when, 'de')}</pubDate>{cr}\n"
                    f"\t\t\t<description>{cd(teaser)}</description>\n\t\t\t<content:encoded>{cd(body)}</content:encoded>\n\t\t</item>")
        items.append(exp(url))

    def fig(src, cap):
        return f"<figure><img src=\"https://img.stephansblatt.example/{src}.jpg\" /><figcaption>{cap}</figcaption></figure>"

    o = 2
    w = d(15, 16, 20, 0, o)
    add(3412877, "Neues Sanktionspaket: EU-Außenminister einigen sich", w, "stephansblatt.example/APA",
        "Nach wochenlangem Streit haben die EU-Außenminister am Dienstag das 19. Sanktionspaket gegen Russland beschlossen.",
        fig("3412877", "Die EU-Außenminister bei ihrem Treffen in Brüssel (Bild: APA/AFP/JOHN THYS)")
        + "<p>Nach wochenlangem Streit haben die EU-Außenminister am Dienstag das 19. Sanktionspaket gegen Russland beschlossen. Es richtet sich vor allem gegen die sogenannte Schattenflotte.</p>"
        "<p>Ungarn gab seinen Widerstand auf, nachdem eine Ausnahme für Öllieferungen über die Druschba-Pipeline vereinbart worden war.</p>"
        "<p>„Österreich hat das Paket von Anfang an unterstützt“, sagte Außenamtssprecher Martin Pöltl in Wien.</p>",
        lambda k: it(k, "Neues Sanktionspaket: EU-Außenminister einigen sich", w, [], junk=["(Bild: APA/AFP/JOHN THYS)", "APA/AFP/JOHN THYS"], quotes=[q("Martin Pöltl", "Außenamtssprecher")],
                     note="Same event as klartext's and radiorhein_urdu's sanctions stories. 'domain/APA' credit is not a person. ['APA'] is also correct"))
    w = d(15, 13, 5, 0, o)
    add(3412790, "Bundesheer schickt 160 weitere Soldaten in den Libanon", w, "Moser, Katharina",
        "Das Kontingent bei der UNO-Mission UNIFIL wird auf 340 Soldatinnen und Soldaten aufgestockt",
        fig("3412790", "Österreichische UNIFIL-Soldaten im Südlibanon (Bild: Bundesheer/Pusch)")
        + "<p>Der Ministerrat hat am Dienstag beschlossen, das österreichische Kontingent bei der UNO-Mission im Libanon um 160 Soldatinnen und Soldaten aufzustocken.</p>"
        "<p>Die zusätzlichen Kräfte sollen vor allem Logistik und Pioniereinsätze übernehmen. Der Hauptausschuss des Nationalrats muss noch zustimmen.</p>",
        lambda k: it(k, "Bundesheer schickt 160 weitere Soldaten in den Libanon", w, ["Katharina Moser"], junk=["(Bild: Bundesheer/Pusch)"], note="Austrian troops to a UN mission: foreign and security policy. Inverted 'Surname, Given' name in dc:creator."))
    w = d(15, 10, 30, 0, o)
    add(3412701, "Unwetter-Warnung: Hagel und Sturm in Oberösterreich erwartet", w, "Stephansblatt Wetter",
        "Für den Nachmittag gilt in weiten Teilen des Landes die Warnstufe Orange",
        "<p>Für den Dienstagnachmittag gilt in weiten Teilen Oberösterreichs die Warnstufe Orange. Erwartet werden Hagel mit bis zu drei Zentimetern Durchmesser und Sturmböen.</p>",
        lambda k: it(k, "Unwetter-Warnung: Hagel und Sturm in Oberösterreich erwartet", w, [], rel=False, note="Weather desk credit, not a person."))
    w = d(14, 20, 10, 0, o)
    add(3412598, "Spannungen an Grenze: Kosovo schließt Übergang zu Serbien", w, "Klaus Wenzel",
        "Nach Schüssen auf eine Polizeistreife bleibt der Übergang Jarinje bis auf Weiteres zu",
        fig("3412598", "Kosovarische Polizei am Grenzübergang Jarinje (Bild: AP)")
        + "<p>Pristina/Belgrad – Nach Schüssen auf eine Polizeistreife hat der Kosovo den Grenzübergang Jarinje zu Serbien geschlossen.</p>"
        "<p>Belgrad sprach von einer Provokation und forderte die NATO-geführte Schutztruppe KFOR zum Eingreifen auf, in der auch das Bundesheer dient.</p>",
        lambda k: it(k, "Spannungen an Grenze: Kosovo schließt Übergang zu Serbien", w, ["Klaus Wenzel"], junk=["(Bild: AP)", "Pristina/Belgrad –"]))
    w = d(14, 15, 0, 0, o)
    add(3412540, "Gewinnspiel: Mit dem Stephansblatt gratis zum Donauinselfest", w, None,
        "Jetzt mitspielen und VIP-Tickets gewinnen!",
        "<p>Jetzt mitspielen und mit etwas Glück zwei VIP-Tickets gewinnen! Teilnahmeschluss ist der 20. Juni.</p>",
        lambda k: it(k, "Gewinnspiel: Mit dem Stephansblatt gratis zum Donauinselfest", w, [], story=False, rel=False, note="Reader competition."))
    w = d(14, 11, 45, 0, o)
    add(3412477, "Rapid holt dänischen Abwehrchef", w, "Sportredaktion",
        "Der 26-Jährige unterschreibt bis 2030",
        "<p>Rapid hat den dänischen Innenverteidiger Mads Kjærgaard verpflichtet. Der 26-Jährige unterschreibt bis 2030.</p>",
        lambda k: it(k, "Rapid holt dänischen Abwehrchef", w, [], rel=False, note="Desk credit."))
    channel = (f"\t\t<title>Stephansblatt - Nachrichten</title>\n\t\t<link>{base}</link>\n\t\t<description>Die aktuellsten Nachrichten aus Österreich und der Welt</description>\n\t\t<language>de-AT</language>\n"
               f"\t\t<copyright>Stephansblatt Verlag GmbH &amp; Co KG</copyright>\n\t\t<lastBuildDate>{rfc822(d(15, 16, 21, 0, o), 'de')}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n\t<channel>\n'
            + channel + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("de_at_stephansblatt_nachrichten.rss.xml", text, items, lang="de", outlet="Stephansblatt", aliases=["stephansblatt.example"],
                structure="Kronen Zeitung-style (Vienna) news RSS from a custom CMS: tab indentation, channel 'Brand - Nachrichten', bare numeric '/<7 digits>' permalink guids, pubDate with GERMAN day and month abbreviations ('Di, 15 Jun 2027'), dc:creator holding 'domain/APA', an inverted 'Surname, Given' name, a person, 'Brand Wetter', 'Sportredaktion' or nothing, CDATA teaser plus content:encoded whose <figure> captions end '(Bild: APA/AFP/NAME)', 'Ort/Ort –' dateline, „…“ quotes, a reader competition, GmbH & Co KG copyright, +0200 dates")


# ---------------------------------------------------------------- Berliner Zeitung-style Arc XP outbound RSS ('Haben Sie Feedback?' footer)
def morgenblatt():
    rows, items = [], []
    base = "https://www.morgenblatt.example"

    def add(path, title, when, creator, stand, cap, credit, body, exp):
        url = f"{base}{path}"
        media = (f"<media:content type=\"image/jpeg\" url=\"https://www.morgenblatt.example/resizer/v2/{path.rsplit('/', 1)[-1][:12].upper()}.jpg?auth=3f1e&amp;width=1200\">"
                 f"<media:description type=\"plain\"><![CDATA[{cap}]]></media:description><media:credit role=\"author\" scheme=\"urn:ebu\"><![CDATA[{credit}]]></media:credit></media:content>") if cap else ""
        rows.append(f"<item><title><![CDATA[{title}]]></title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid><dc:creator><![CDATA[{creator}]]></dc:creator>"
                    f"<description><![CDATA[{stand}]]></description><pubDate>{utc0(when)}</pubDate><content:encoded><![CDATA[{body}]]></content:encoded>{media}</item>")
        items.append(exp(url))

    fb = "<p><i>Haben Sie Feedback? Schreiben Sie uns! briefe@morgenblatt.example</i></p>"
    o = 2
    w = d(15, 14, 12, 0, o)
    add("/politik-gesellschaft/welt/aussenministerin-in-peking-deutschland-und-china-vereinbaren-neuen-klimadialog-li.2291044", "Außenministerin in Peking: Deutschland und China vereinbaren neuen Klimadialog", w, "Jonas Berger",
        "Bei ihrem ersten Besuch in China spricht die Ministerin auch über Taiwan und Exportbeschränkungen",
        "Die Außenministerin bei ihrer Ankunft in Peking", "Kay Nietfeld/dpa",
        "<p>Deutschland und China wollen beim Klimaschutz wieder enger zusammenarbeiten. Bei ihrem ersten Besuch in Peking vereinbarte die Bundesaußenministerin am Dienstag einen neuen Klimadialog auf Ministerebene.</p>"
        "<p>Kontroverser verliefen die Gespräche über Taiwan und über chinesische Exportbeschränkungen für seltene Erden, die deutsche Autohersteller treffen.</p>"
        "<p>„Wir reden offen miteinander, auch wo wir nicht einer Meinung sind“, sagte der Sprecher des Auswärtigen Amts, Felix Brandauer, in Berlin.</p>" + fb,
        lambda k: it(k, "Außenministerin in Peking: Deutschland und China vereinbaren neuen Klimadialog", w, ["Jonas Berger"], junk=["Haben Sie Feedback?", "briefe@morgenblatt.example", "Kay Nietfeld/dpa"],
                     quotes=[q("Felix Brandauer", "Auswärtigen Amts")], note="Arc XP feed: media:credit and a reader-feedback footer."))
    w = d(15, 10, 0, 0, o)
    add("/politik-gesellschaft/welt/moldau-vor-der-wahl-wie-russland-einfluss-nehmen-will-li.2290871", "Moldau vor der Wahl: Wie Russland Einfluss nehmen will", w, "Franziska Lenz",
        "Gekaufte Stimmen, gefälschte Videos, Kirchenreisen nach Moskau: Eine Analyse",
        None, None,
        "<p>Drei Monate vor der Parlamentswahl in der Republik Moldau warnen die Behörden in Chișinău vor einer beispiellosen Einflusskampagne aus Russland.</p>"
        "<p>Nach Angaben der Polizei sollen über Netzwerke eines geflohenen Oligarchen bis zu 130.000 Wählerinnen und Wähler Geld erhalten haben.</p>"
        "<p>Die EU hat zusätzliche Hilfen von 270 Millionen Euro zugesagt.</p>" + fb,
        lambda k: it(k, "Moldau vor der Wahl: Wie Russland Einfluss nehmen will", w, ["Franziska Lenz"], junk=["Haben Sie Feedback?"]))
    w = d(15, 7, 30, 0, o)
    add("/news/bvg-warnstreik-am-mittwoch-diese-linien-fahren-trotzdem-li.2290790", "BVG-Warnstreik am Mittwoch: Diese Linien fahren trotzdem", w, "Berliner Morgenblatt",
        "Verdi ruft zu einem 24-stündigen Ausstand auf. S-Bahn und Regionalzüge sind nicht betroffen",
        None, None,
        "<p>Die Gewerkschaft Verdi hat die Beschäftigten der BVG für Mittwoch zu einem 24-stündigen Warnstreik aufgerufen. U-Bahnen, Straßenbahnen und die meisten Busse bleiben in den Depots.</p>"
        "<p>Die S-Bahn und die Regionalzüge fahren normal. Auch einige Buslinien privater Subunternehmer sind nicht betroffen.</p>",
        lambda k: it(k, "BVG-Warnstreik am Mittwoch: Diese Linien fahren trotzdem", w, [], rel=False, note="Local transport strike; the brand as dc:creator."))
    w = d(14, 18, 48, 0, o)
    add("/politik-gesellschaft/welt/nahost-bundesregierung-sagt-50-millionen-euro-fuer-gaza-hilfe-zu-li.2290655", "Nahost: Bundesregierung sagt 50 Millionen Euro für Gaza-Hilfe zu", w, "dpa",
        "Das Geld soll vor allem an das Welternährungsprogramm und das Rote Kreuz gehen",
        "Lastwagen mit Hilfsgütern am Grenzübergang Kerem Schalom", "Abed Rahim Khatib/dpa",
        "<p>Die Bundesregierung stellt weitere 50 Millionen Euro für humanitäre Hilfe im Gazastreifen bereit. Das teilte das Auswärtige Amt am Montag in Berlin mit.</p>"
        "<p>Das Geld soll vor allem an das Welternährungsprogramm und das Internationale Komitee vom Roten Kreuz gehen.</p>",
        lambda k: it(k, "Nahost: Bundesregierung sagt 50 Millionen Euro für Gaza-Hilfe zu", w, ["dpa"], junk=["Abed Rahim Khatib/dpa"], note="Agency as dc:creator. [] is also correct"))
    w = d(14, 16, 0, 0, o)
    add("/sport/hertha-bsc-neuer-trainer-kommt-aus-daenemark-li.2290601", "Hertha BSC: Neuer Trainer kommt aus Dänemark", w, "Tim Kaiser",
        "Der 41-Jährige soll den Zweitligisten zurück in die Bundesliga führen",
        None, None,
        "<p>Hertha BSC hat einen neuen Cheftrainer: Der Däne Rasmus Holm übernimmt den Zweitligisten zur neuen Saison.</p>",
        lambda k: it(k, "Hertha BSC: Neuer Trainer kommt aus Dänemark", w, ["Tim Kaiser"], rel=False))
    w = d(14, 9, 0, 0, o)
    add("/kultur-vergnuegen/was-ist-los-in-berlin-die-besten-tipps-fuers-wochenende-li.2290512", "Was ist los in Berlin? Die besten Tipps fürs Wochenende", w, "Berliner Morgenblatt",
        "Konzerte, Flohmärkte, Open-Air-Kino: Unsere Empfehlungen vom 18. bis 20. Juni",
        None, None,
        "<ul><li>Freitag: Open-Air-Kino im Volkspark Friedrichshain</li><li>Samstag: Flohmarkt am Mauerpark</li><li>Sonntag: Fête de la Musique</li></ul>",
        lambda k: it(k, "Was ist los in Berlin? Die besten Tipps fürs Wochenende", w, [], story=False, rel=False, note="Weekend agenda."))
    channel = (f"<title><![CDATA[Berliner Morgenblatt]]></title><link>{base}</link><atom:link href=\"{base}/arc/outboundfeeds/rss/?outputType=xml\" rel=\"self\" type=\"application/rss+xml\"/>"
               f"<description><![CDATA[Berliner Morgenblatt News Feed]]></description><lastBuildDate>{utc0(d(15, 14, 15, 0, o))}</lastBuildDate><language>de</language><category>Nachrichten</category>"
               "<ttl>1</ttl><sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>1</sy:updateFrequency>")
    ns = (' xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"'
          ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:media="http://search.yahoo.com/mrss/"')
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss' + ns + ' version="2.0"><channel>' + channel + "".join(rows) + "</channel></rss>")
    return feed("de_morgenblatt_arc.rss.xml", text, items, lang="de", outlet="Berliner Morgenblatt", aliases=["Morgenblatt"],
                structure="Berliner Zeitung-style Arc XP outbound RSS (/arc/outboundfeeds/rss/?outputType=xml): the whole document on one line without a trailing newline, namespaces before version, CDATA channel title 'Brand' and description 'Brand News Feed', <ttl>1</ttl> and sy: elements, '…-li.<7 digits>' permalink guids, CDATA dc:creator holding a person, the brand or 'dpa', CDATA standfirst (one without final stop), +0000 pubDates, content:encoded ending with an italic 'Haben Sie Feedback? Schreiben Sie uns! <e-mail>' footer, media:content AFTER the body with a media:description caption and an urn:ebu media:credit, an analysis, a weekend agenda")


# ---------------------------------------------------------------- Il Foglio-style (Milan/Rome) daily: Italian day names in pubDate, catenaccio, newsletter promo
def cartiglio():
    rows, items = [], []
    base = "https://www.ilcartiglio.example"

    def add(nid, sec, slug, title, when, creator, cat, body, exp):
        url = f"{base}/{sec}/{when:%Y/%m/%d}/news/{slug}-{nid}/"
        cr = f"\n    <dc:creator>{cd(creator)}</dc:creator>" if creator else ""
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <guid isPermaLink=\"false\">{nid}</guid>{cr}\n    <pubDate>{rfc822(when, 'it')}</pubDate>\n"
                    f"    <description>{cd(cat)}</description>\n    <content:encoded>{cd(body)}</content:encoded>\n  </item>")
        items.append(exp(str(nid)))

    nl = "<p><strong>Iscriviti alla newsletter del Cartiglio</strong>: ogni mattina le notizie dal mondo, gratis nella tua casella di posta.</p>"
    o = 2
    w = d(15, 17, 0, 0, o)
    add(7712450, "esteri", "la-nato-e-il-3-5-per-cento-chi-paga-davvero", "La Nato e il 3,5 per cento: chi paga davvero", w, "Paola Ferri",
        "Il nuovo obiettivo di spesa è quasi deciso. Ma tra Spagna, Belgio e Italia il conto non torna",
        "<p>Bruxelles. Gli alleati della Nato sono vicini a un accordo sul nuovo obiettivo di spesa per la difesa: il 3,5 per cento del pil entro il 2032, più un altro punto e mezzo per infrastrutture e sicurezza.</p>"
        "<p>La Spagna e il Belgio chiedono tempi più lunghi. La Polonia e i paesi baltici, che già spendono di più, vogliono invece accelerare.</p>"
        "<p>«Nessuno a Bruxelles crede che tutti ci arriveranno, ma tutti firmeranno», dice un diplomatico europeo.</p>" + nl,
        lambda k: it(k, "La Nato e il 3,5 per cento: chi paga davvero", w, ["Paola Ferri"], junk=["Iscriviti alla newsletter"], note="Same event as crux_world's NATO spending story; the only quote is anonymous."))
    w = d(15, 12, 30, 0, o)
    add(7712311, "esteri", "il-libano-tratta-con-israele-e-hezbollah-tace", "Il Libano tratta con Israele, e Hezbollah tace", w, "Giulio Marchetti",
        "A Naqoura i primi colloqui indiretti sul confine terrestre. Il silenzio del Partito di Dio è la vera notizia",
        "<p>Per la prima volta da anni, delegazioni militari libanesi e israeliane sono sedute nello stesso edificio, a Naqoura, con un inviato americano che fa la spola tra le due stanze.</p>"
        "<p>«Non è una pace, è una linea», ha detto Karim Saab, consigliere del primo ministro libanese. Hezbollah non ha commentato.</p>" + nl,
        lambda k: it(k, "Il Libano tratta con Israele, e Hezbollah tace", w, ["Giulio Marchetti"], junk=["Iscriviti alla newsletter"], quotes=[q("Karim Saab", "consigliere del primo ministro libanese")],
                     note="Same event as crescentlens' and klartext's Naqoura stories."))
    w = d(15, 6, 0, 0, o)
    add(7712200, "quotidiano", "il-cartiglio-di-oggi-in-pdf", "Il Cartiglio di martedì 15 giugno in pdf", w, None,
        "Sfoglia il giornale di oggi",
        "<p>Sfoglia il giornale di oggi. Riservato agli abbonati.</p>",
        lambda k: it(k, "Il Cartiglio di martedì 15 giugno in pdf", w, [], story=False, rel=False, note="Print edition download."))
    w = d(14, 19, 40, 0, o)
    add(7712108, "politica", "il-premierato-torna-in-aula-e-la-maggioranza-si-divide", "Il premierato torna in aula, e la maggioranza si divide", w, "Redazione",
        "Forza Italia chiede modifiche sul premio di maggioranza",
        "<p>La riforma del premierato torna in aula alla Camera e la maggioranza si presenta divisa sul premio di maggioranza e sulla legge elettorale.</p>" + nl,
        lambda k: it(k, "Il premierato torna in aula, e la maggioranza si divide", w, [], rel=False, junk=["Iscriviti alla newsletter"], note="Italian domestic politics; 'Redazione' is the desk."))
    w = d(14, 14, 15, 0, o)
    add(7712019, "esteri", "parigi-e-berlino-litigano-sul-caccia-del-futuro", "Parigi e Berlino litigano sul caccia del futuro", w, "Michele Sarti",
        "Il programma Fcas rischia di saltare per una disputa sulla guida industriale",
        "<p>Il caccia europeo di sesta generazione, che Francia, Germania e Spagna sviluppano insieme, rischia di fermarsi. Parigi chiede che l’industria francese abbia la guida del progetto, Berlino rifiuta.</p>"
        "<p>«La Francia non ha cambiato posizione: chi ha le competenze deve guidare», ha detto Hélène Dufay, portavoce del ministero delle Forze armate francese.</p>",
        lambda k: it(k, "Parigi e Berlino litigano sul caccia del futuro", w, ["Michele Sarti"], quotes=[q("Hélène Dufay", "ministero delle Forze armate")]))
    w = d(14, 9, 20, 0, o)
    add(7711950, "sport", "il-giro-dei-record-e-la-fatica-di-raccontarlo", "Il Giro dei record, e la fatica di raccontarlo", w, "Andrea Bini",
        "Tre settimane di medie orarie mai viste",
        "<p>Il Giro d’Italia appena concluso è stato il più veloce della storia: 41,2 chilometri orari di media.</p>",
        lambda k: it(k, "Il Giro dei record, e la fatica di raccontarlo", w, ["Andrea Bini"], rel=False))
    channel = (f"  <title>Il Cartiglio - Esteri</title>\n  <link>{base}/esteri/</link>\n  <description>Il Cartiglio quotidiano</description>\n  <language>it-IT</language>\n"
               f"  <copyright>© Il Cartiglio Quotidiano srl</copyright>\n  <lastBuildDate>{rfc822(d(15, 17, 1, 0, o), 'it')}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n<channel>\n'
            + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("it_ilcartiglio_esteri.rss.xml", text, items, lang="it", outlet="Il Cartiglio",
                structure="Il Foglio-style Italian daily's section RSS from a custom CMS: two-space indentation, channel 'Testata - Esteri', pubDate with ITALIAN day and month abbreviations ('mar, 15 giu 2027'), numeric non-permalink guids, CDATA dc:creator holding a person, 'Redazione' or nothing, the catenaccio (subheading without final stop) as CDATA description, content:encoded opening with the 'Città. ' dateline (city and full stop), «…» quotes ('dice un diplomatico', 'ha detto Nome, ruolo') and a bold newsletter promo as the last paragraph, '/<sezione>/YYYY/MM/DD/news/<slug>-<id>/' links, a pdf-edition page, srl copyright, +0200 dates")


# ---------------------------------------------------------------- Today.it / Citynews-style network site: 'Potrebbe interessarti' inserts
def adesso():
    rows, items = [], []
    base = "https://www.adesso.example"

    def add(slug, title, when, creator, body, exp):
        url = f"{base}/{slug}.html"
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{cd(body)}</description><pubDate>{rfc822(when)}</pubDate>{cr}<guid>{url}</guid></item>")
        items.append(exp(url))

    def pi(slug, text):
        return f"<p><strong>Potrebbe interessarti:</strong> <a href=\"{base}/{slug}.html\">{text}</a></p>"

    end = "<p>Continua a leggere su Adesso</p>"
    o = 2
    w = d(15, 16, 30, 0, o)
    add("mondo/sudan-tregua-el-fasher-cosa-prevede", "Sudan, tregua umanitaria di dieci giorni a El Fasher: cosa prevede", w, "Redazione Adesso",
        "<p>L’esercito sudanese e le Forze di supporto rapido hanno accettato una tregua umanitaria di dieci giorni nella città assediata di El Fasher, hanno annunciato i mediatori sauditi e statunitensi.</p>"
        + pi("mondo/sudan-guerra-cosa-sta-succedendo", "Sudan, la guerra dimenticata: cosa sta succedendo")
        + "<p>La pausa dovrebbe permettere ai convogli umanitari di raggiungere centinaia di migliaia di civili intrappolati nel capoluogo del Darfur settentrionale.</p>" + end,
        lambda k: it(k, "Sudan, tregua umanitaria di dieci giorni a El Fasher: cosa prevede", w, [], junk=["Potrebbe interessarti", "la guerra dimenticata", "Continua a leggere"],
                     note="Same event as hudson_world's El Fasher story. 'Redazione Adesso' is the desk."))
    w = d(15, 13, 0, 0, o)
    add("attualita/caldo-bollino-rosso-citta-elenco", "Caldo record, bollino rosso in 18 città: l'elenco", w, "Redazione Adesso",
        "<p>Il ministero della Salute ha esteso il bollino rosso a 18 città per mercoledì. Le temperature percepite supereranno i 38 gradi.</p>"
        "<ul><li>Roma</li><li>Firenze</li><li>Bologna</li><li>Palermo</li></ul>" + end,
        lambda k: it(k, "Caldo record, bollino rosso in 18 città: l'elenco", w, [], rel=False, junk=["Continua a leggere"], note="Domestic heat alert."))
    w = d(15, 11, 20, 0, o)
    add("mondo/ucraina-polonia-riapre-corridoio-grano", "Ucraina, la Polonia riapre il corridoio del grano dopo tre mesi di blocco", w, "Chiara Lodi",
        "<p>Polonia e Ucraina hanno firmato a Lublino un accordo per riaprire il corridoio del grano tra i due paesi, bloccato da tre mesi dalle proteste degli agricoltori polacchi.</p>"
        + pi("mondo/agricoltori-polacchi-proteste", "Perché gli agricoltori polacchi bloccano il confine")
        + "<p>«Niente di ciò che attraversa il confine finirà sul mercato polacco senza il nostro consenso», ha detto il viceministro polacco dell’Agricoltura Marek Wiśniewski.</p>" + end,
        lambda k: it(k, "Ucraina, la Polonia riapre il corridoio del grano dopo tre mesi di blocco", w, ["Chiara Lodi"], junk=["Potrebbe interessarti", "Continua a leggere"],
                     quotes=[q("Marek Wiśniewski", "viceministro polacco dell’Agricoltura")], note="Same event as kensingtongazette's grain-corridor story."))
    w = d(15, 20, 5, 0, o)
    add("attualita/estrazioni-lotto-superenalotto-15-giugno-2027", "Estrazioni Lotto e Superenalotto di martedì 15 giugno 2027", w, None,
        "<p>Ecco i numeri vincenti delle estrazioni del Lotto, del Superenalotto e del 10eLotto di oggi, martedì 15 giugno 2027.</p>",
        lambda k: it(k, "Estrazioni Lotto e Superenalotto di martedì 15 giugno 2027", w, [], story=False, rel=False, note="Lottery numbers."))
    w = d(15, 8, 10, 0, o)
    add("mondo/venezuela-liberati-tre-americani-scambio-prigionieri-qatar", "Venezuela, liberati tre americani in uno scambio di prigionieri mediato dal Qatar", w, "Fabio Serra",
        "<p>Il Venezuela ha liberato tre cittadini statunitensi in cambio di un imprenditore vicino al governo di Caracas detenuto in Florida. Lo scambio è stato mediato dal Qatar.</p>"
        "<p>I tre sono atterrati in Texas nella notte.</p>" + end,
        lambda k: it(k, "Venezuela, liberati tre americani in uno scambio di prigionieri mediato dal Qatar", w, ["Fabio Serra"], junk=["Continua a leggere"],
                     note="Same event as hudson_world's and crux_world's prisoner-swap stories."))
    w = d(14, 19, 0, 0, o)
    add("sport/tennis-rossetti-semifinale-halle", "Tennis, Rossetti in semifinale ad Halle", w, "Redazione Sport",
        "<p>Luca Rossetti ha battuto il tedesco Kessler in due set e vola in semifinale ad Halle.</p>" + end,
        lambda k: it(k, "Tennis, Rossetti in semifinale ad Halle", w, [], rel=False, junk=["Continua a leggere"], note="Desk credit."))
    channel = (f"<title>Adesso</title><link>{base}</link><description>Le notizie di oggi su Adesso</description><language>it</language>"
               f"<atom:link href=\"{base}/rss/mondo/\" rel=\"self\" type=\"application/rss+xml\"/>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"><channel>' + channel + "".join(rows) + "</channel></rss>\n")
    return feed("it_adesso_mondo_citynews.rss.xml", text, items, lang="it", outlet="Adesso",
                structure="Today.it / Citynews-style network RSS from its custom CMS: single line, channel titled with the bare brand although the URL is the world section, items not in date order, CDATA <p> descriptions with bold 'Potrebbe interessarti:' link paragraphs inserted between blocks and a 'Continua a leggere su Brand' last line, <ul> lists, dc:creator AFTER pubDate holding 'Redazione Brand', 'Redazione Sport', a person or nothing, '/<sezione>/<slug>.html' links as bare guids, «…» quotes, a lottery page, +0200 dates; no copyright element")


# ---------------------------------------------------------------- R7-style (São Paulo) portal RSS: credit lines 'Da Agência …', 'Do Brand, em Cidade'
def teia():
    rows, items = [], []
    base = "https://noticias.teia.example"

    def add(slug, title, when, body, exp):
        url = f"{base}/internacional/{slug}-{when:%d%m%Y}/"
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <guid isPermaLink=\"true\">{url}</guid>\n      <pubDate>{rfc822(when)}</pubDate>\n"
                    f"      <description>{esc(body)}</description>\n    </item>")
        items.append(exp(url))

    o = -3
    w = d(15, 15, 40, 0, o)
    add("brasil-e-china-assinam-acordo-para-estudo-de-ferrovia-bioceanica", "Brasil e China assinam acordo para estudo de ferrovia bioceânica", w,
        "<p><strong>Da Agência Estado</strong></p>"
        "<p>O Brasil e a China assinaram nesta terça-feira (15) um memorando para estudar a construção de uma ferrovia que ligaria o litoral da Bahia ao porto de Chancay, no Peru.</p>"
        "<p>O estudo de viabilidade deve ficar pronto em 18 meses e será financiado pelo lado chinês.</p>"
        "<p>“É o projeto de integração mais ambicioso da América do Sul”, afirmou o secretário de Assuntos Internacionais do Ministério dos Transportes, Otávio Brandão.</p>",
        lambda k: it(k, "Brasil e China assinam acordo para estudo de ferrovia bioceânica", w, [], junk=["Da Agência Estado"], quotes=[q("Otávio Brandão", "Ministério dos Transportes")],
                     note="Agency credit line as the first paragraph. ['Agência Estado'] is also correct"))
    w = d(15, 12, 5, 0, o)
    add("itamaraty-convoca-embaixador-de-israel-apos-ataque-a-comboio-em-gaza", "Itamaraty convoca embaixador de Israel após ataque a comboio humanitário em Gaza", w,
        "<p><strong>Do Teia, em Brasília</strong></p>"
        "<p>O Ministério das Relações Exteriores convocou nesta terça-feira (15) o embaixador de Israel em Brasília para pedir explicações sobre o ataque a um comboio humanitário em Gaza no qual morreu um voluntário brasileiro.</p>"
        "<p>“O Brasil exige uma investigação independente e transparente”, disse a porta-voz do Itamaraty, Renata Alcântara.</p>",
        lambda k: it(k, "Itamaraty convoca embaixador de Israel após ataque a comboio humanitário em Gaza", w, [], junk=["Do Teia, em Brasília"], quotes=[q("Renata Alcântara", "Itamaraty")],
                     note="Outlet credit line 'Do Brand, em Cidade', not a person."))
    w = d(15, 21, 10, 0, o)
    add("mega-sena-2912-resultado-numeros-sorteados-terca-15", "Mega-Sena 2.912: veja o resultado e os números sorteados nesta terça (15)", w,
        "<p>Os números sorteados foram 05 - 12 - 23 - 38 - 44 - 57. Ninguém acertou as seis dezenas e o prêmio acumulou em R$ 60 milhões.</p>",
        lambda k: it(k, "Mega-Sena 2.912: veja o resultado e os números sorteados nesta terça (15)", w, [], story=False, rel=False, note="Lottery results."))
    w = d(15, 8, 30, 0, o)
    add("frente-fria-derruba-temperaturas-em-sao-paulo", "Frente fria derruba temperaturas em São Paulo nesta terça", w,
        "<p><strong>Do Teia</strong></p><p>A passagem de uma frente fria derrubou as temperaturas na capital paulista, que registrou mínima de 9°C na madrugada desta terça-feira (15), segundo o Inmet.</p>",
        lambda k: it(k, "Frente fria derruba temperaturas em São Paulo nesta terça", w, [], rel=False, junk=["Do Teia"]))
    w = d(14, 18, 20, 0, o)
    add("acordo-mercosul-ue-avanca-no-parlamento-europeu", "Acordo Mercosul-UE avança no Parlamento Europeu", w,
        "<p><strong>Carolina Duarte, do Teia</strong></p>"
        "<p>A comissão de comércio internacional do Parlamento Europeu aprovou nesta segunda-feira (14) o acordo entre o Mercosul e a União Europeia, abrindo caminho para a votação em plenário em julho.</p>"
        "<p>Agricultores franceses e irlandeses protestaram em frente à sede do Parlamento em Estrasburgo.</p>",
        lambda k: it(k, "Acordo Mercosul-UE avança no Parlamento Europeu", w, ["Carolina Duarte"], junk=["Carolina Duarte, do Teia"], note="Byline 'Nome, do Brand' as the first paragraph."))
    w = d(14, 23, 15, 0, o)
    add("palmeiras-vence-o-flamengo-e-assume-a-lideranca", "Palmeiras vence o Flamengo e assume a liderança do Brasileirão", w,
        "<p>O Palmeiras venceu o Flamengo por 2 a 1 no Allianz Parque e assumiu a liderança do Campeonato Brasileiro.</p>",
        lambda k: it(k, "Palmeiras vence o Flamengo e assume a liderança do Brasileirão", w, [], rel=False))
    channel = (f"    <title>Teia Notícias - Internacional</title>\n    <link>{base}/internacional/</link>\n    <description>Últimas notícias de Internacional</description>\n    <language>pt-br</language>\n"
               f"    <copyright>Teia Comunicação Ltda.</copyright>\n    <lastBuildDate>{rfc822(d(15, 21, 11, 0, o))}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n  <channel>\n' + channel + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("pt_br_teia_internacional.rss.xml", text, items, lang="pt", outlet="Teia Notícias", aliases=["Teia"],
                structure="R7-style (São Paulo) news portal's section RSS from a custom CMS: two-space nesting, channel 'Marca Notícias - Internacional', '/internacional/<slug>-DDMMYYYY/' permalink guids, no author element and no namespaces, escaped <p> descriptions whose FIRST paragraph is a bold credit line ('Da Agência Estado', 'Do Brand, em Brasília', 'Do Brand', 'Nome, do Brand'), '(15)' day-of-month convention, “…” quotes with 'afirmou o secretário …, Nome' and 'disse a porta-voz …, Nome', items out of date order, lottery results, Ltda. copyright, -0300 dates")


# ---------------------------------------------------------------- Correio da Manhã-style (Lisbon) RSS: Portuguese day names, 'Leia também' boxes
def correiotejo():
    rows, items = [], []
    base = "https://www.correiodotejo.example"

    def add(sec, slug, title, when, creator, body, exp):
        url = f"{base}/{sec}/detalhe/{slug}"
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item><title>{cd(title)}</title><link>{url}</link><guid>{url}</guid>{cr}<pubDate>{rfc822(when, 'pt-pt')}</pubDate><description>{cd(body)}</description></item>")
        items.append(exp(url))

    def lt(slug, text):
        return f"<p><strong>Leia também:</strong> <a href=\"{base}/{slug}\">{text}</a></p>"

    o = 1
    w = d(15, 16, 50, 0, o)
    add("mundo", "fragata-portuguesa-parte-para-missao-da-nato-no-baltico", "Fragata portuguesa parte para missão da NATO no Báltico", w, "Rui Santos",
        "<p>A fragata ‘Bartolomeu Dias’ largou esta terça-feira da Base Naval de Lisboa rumo ao mar Báltico, onde vai integrar durante quatro meses uma força naval permanente da NATO.</p>"
        + lt("portugal/detalhe/marinha-recebe-novos-navios-patrulha", "Marinha recebe novos navios-patrulha")
        + "<p>“É a nossa contribuição para a defesa coletiva num momento de grande tensão”, afirmou o chefe do Estado-Maior da Armada, almirante Jorge Leitão.</p>"
        "<p>A bordo seguem 160 militares.</p>",
        lambda k: it(k, "Fragata portuguesa parte para missão da NATO no Báltico", w, ["Rui Santos"], junk=["Leia também", "novos navios-patrulha"], quotes=[q("Jorge Leitão", "Armada")]))
    w = d(15, 13, 20, 0, o)
    add("mundo", "cplp-envia-missao-de-observacao-as-eleicoes-na-guine-bissau", "CPLP envia missão de observação às eleições na Guiné-Bissau", w, "Lusa",
        "<p>A Comunidade dos Países de Língua Portuguesa vai enviar uma missão de 30 observadores às eleições legislativas de novembro na Guiné-Bissau, anunciou esta terça-feira o secretariado executivo da organização.</p>"
        "<p>A missão será chefiada por um antigo ministro cabo-verdiano.</p>",
        lambda k: it(k, "CPLP envia missão de observação às eleições na Guiné-Bissau", w, ["Lusa"], note="Agency as dc:creator. [] is also correct"))
    w = d(15, 9, 45, 0, o)
    add("portugal", "incendio-em-ourem-obriga-a-cortar-a-a1", "Incêndio em Ourém obriga a cortar a A1", w, "Correio do Tejo",
        "<p>Um incêndio que deflagrou ao início da manhã numa zona de mato em Ourém obrigou a cortar a A1 nos dois sentidos entre Fátima e Torres Novas. Estão no local 120 operacionais.</p>",
        lambda k: it(k, "Incêndio em Ourém obriga a cortar a A1", w, [], rel=False, note="Domestic fire; the brand as dc:creator."))
    w = d(15, 21, 30, 0, o)
    add("sociedade", "euromilhoes-conheca-a-chave-desta-terca-feira", "Euromilhões: conheça a chave desta terça-feira", w, None,
        "<p>Números: 3, 17, 22, 36, 48. Estrelas: 2, 9. O primeiro prémio é de 85 milhões de euros.</p>",
        lambda k: it(k, "Euromilhões: conheça a chave desta terça-feira", w, [], story=False, rel=False, note="Lottery numbers."))
    w = d(14, 18, 5, 0, o)
    add("mundo", "portugal-e-angola-assinam-acordo-de-mobilidade-e-vistos", "Portugal e Angola assinam acordo de mobilidade e vistos", w, "Marta Pires",
        "<p>Luanda – Portugal e Angola assinaram esta segunda-feira um acordo que simplifica a concessão de vistos de trabalho e de estudo entre os dois países.</p>"
        + lt("mundo/detalhe/comunidade-portuguesa-em-angola", "Comunidade portuguesa em Angola volta a crescer")
        + "<p>O acordo prevê vistos de múltiplas entradas para empresários e estudantes.</p>",
        lambda k: it(k, "Portugal e Angola assinam acordo de mobilidade e vistos", w, ["Marta Pires"], junk=["Leia também", "Luanda –"]))
    w = d(14, 22, 40, 0, o)
    add("desporto", "benfica-contrata-avancado-servio-por-20-milhoes", "Benfica contrata avançado sérvio por 20 milhões", w, "Nuno Reis",
        "<p>O Benfica chegou a acordo com o Estrela Vermelha para a contratação do avançado Nikola Jović, de 22 anos, por 20 milhões de euros.</p>",
        lambda k: it(k, "Benfica contrata avançado sérvio por 20 milhões", w, ["Nuno Reis"], rel=False))
    channel = (f"<title>Correio do Tejo - Últimas</title><link>{base}</link><description>Correio do Tejo - Jornal diário</description><language>pt-PT</language>"
               "<copyright>© Correio do Tejo - Editora Ribeira, S.A.</copyright>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>' + channel + "".join(rows) + "</channel></rss>\n")
    return feed("pt_pt_correiodotejo_ultimas.rss.xml", text, items, lang="pt", outlet="Correio do Tejo",
                structure="Correio da Manhã-style (Lisbon) daily's latest-news RSS from a custom CMS: single line after the declaration, channel 'Marca - Últimas', '/<secção>/detalhe/<slug>' links as bare guids, CDATA titles and <p> descriptions, dc:creator BEFORE pubDate holding a person, 'Lusa', the brand or nothing, pubDate with PORTUGUESE day and month abbreviations ('Ter, 15 Jun 2027'), bold 'Leia também:' link paragraphs between blocks, single curly quotes around a ship's name, a 'Cidade –' dateline, a Euromilhões key, S.A. copyright, +0100 (Lisbon summer time) dates")


# ---------------------------------------------------------------- Deutsche Welle Urdu-style RSS 1.0 (RDF) with editor initials and agencies
def radiorhein():
    lis, rows, items = [], [], []
    base = "https://www.radiorhein.example/ur"

    def add(aid, slug, title, when, subject, desc, exp):
        url = f"{base}/{slug}/a-{aid}"
        lis.append(f"<rdf:li rdf:resource=\"{url}\"/>")
        rows.append(f"<item rdf:about=\"{url}\">\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(desc)}</description>\n"
                    f"<dc:date>{when.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}</dc:date>\n<dc:language>ur</dc:language>\n<dc:subject>{esc(subject)}</dc:subject>\n</item>")
        items.append(exp(url))

    o = 2
    w = d(15, 15, 30, 0, o)
    add(72940311, "طورخم-سرحد-کھولنے-پر-پاکستان-اور-افغانستان-کے-مذاکرات", "طورخم سرحد کھولنے پر پاکستان اور افغانستان کے مذاکرات", w, "پاکستان",
        "پاکستان اور افغانستان کے حکام نے منگل کے روز طورخم کی سرحدی گزرگاہ دوبارہ کھولنے پر بات چیت کی، جو ایک ہفتے سے بند ہے۔ سرحد کی بندش سے دونوں جانب ہزاروں ٹرک پھنسے ہوئے ہیں۔\n"
        "”ہم چاہتے ہیں کہ تجارت جلد از جلد بحال ہو، لیکن سکیورٹی پر سمجھوتہ نہیں ہو گا“، پاکستانی دفتر خارجہ کی ترجمان ثمینہ اعجاز نے اسلام آباد میں ہفتہ وار بریفنگ میں کہا۔\n"
        "ع ب / ک م (روئٹرز، اے ایف پی)",
        lambda k: it(k, "طورخم سرحد کھولنے پر پاکستان اور افغانستان کے مذاکرات", w, [], junk=["ع ب / ک م", "(روئٹرز، اے ایف پی)"], quotes=[q("ثمینہ اعجاز", "دفتر خارجہ")],
                     note="Editor initials with agencies in brackets as the last line (the broadcaster's convention)."))
    w = d(15, 13, 10, 0, o)
    add(72939804, "یورپی-یونین-کا-روس-کے-خلاف-نیا-پابندیوں-کا-پیکج", "یورپی یونین کا روس کے خلاف انیسواں پابندیوں کا پیکج منظور", w, "یورپ",
        "یورپی یونین کے وزرائے خارجہ نے منگل کو برسلز میں روس کے خلاف پابندیوں کے انیسویں پیکج کی منظوری دے دی۔ اس پیکج میں روسی تیل لے جانے والے ایک سو بیس سے زائد ٹینکروں کو نشانہ بنایا گیا ہے۔\n"
        "ہنگری نے آخری لمحے تک ویٹو کی دھمکی دی تھی۔\n"
        "ش ر / ع ت (ڈی پی اے، روئٹرز)",
        lambda k: it(k, "یورپی یونین کا روس کے خلاف انیسواں پابندیوں کا پیکج منظور", w, [], junk=["ش ر / ع ت", "(ڈی پی اے، روئٹرز)"],
                     note="Same event as klartext's and stephansblatt's sanctions stories."))
    w = d(15, 10, 0, 0, o)
    add(72939511, "جرمنی-میں-شدید-گرمی", "جرمنی میں شدید گرمی، کئی شہروں میں درجہ حرارت اڑتیس ڈگری تک", w, "جرمنی",
        "جرمنی کے محکمہ موسمیات نے ملک کے جنوبی اور مشرقی حصوں کے لیے گرمی کی شدید لہر کا انتباہ جاری کیا ہے۔ برلن اور ڈریسڈن میں درجہ حرارت اڑتیس ڈگری تک پہنچنے کا امکان ہے",
        lambda k: it(k, "جرمنی میں شدید گرمی، کئی شہروں میں درجہ حرارت اڑتیس ڈگری تک", w, [], rel=False, note="Weather in the broadcaster's home country; description without final '۔'."))
    w = d(14, 19, 45, 0, o)
    add(72938870, "جوہری-پروگرام-پر-ایران-اور-یورپی-ممالک-کے-مذاکرات", "جوہری پروگرام پر ایران اور یورپی ممالک کے مذاکرات جنیوا میں", w, "مشرق وسطیٰ",
        "ایران اور جرمنی، فرانس اور برطانیہ کے سفارت کار جوہری پروگرام پر بات چیت کے لیے جنیوا میں ملاقات کر رہے ہیں۔یہ ملاقات بین الاقوامی جوہری توانائی ایجنسی کے بورڈ کے اجلاس سے پہلے ہو رہی ہے۔\n"
        "ا ا / ر ب (اے ایف پی)",
        lambda k: it(k, "جوہری پروگرام پر ایران اور یورپی ممالک کے مذاکرات جنیوا میں", w, [], junk=["ا ا / ر ب", "(اے ایف پی)"], note="Missing space after '۔'."))
    w = d(14, 14, 0, 0, o)
    add(72938512, "تصاویر-میں-برلن-میں-ثقافتوں-کا-کارنیوال", "تصاویر میں: برلن میں ثقافتوں کا کارنیوال", w, "ثقافت",
        "برلن میں ثقافتوں کے کارنیوال کی رنگا رنگ تصاویر۔",
        lambda k: it(k, "تصاویر میں: برلن میں ثقافتوں کا کارنیوال", w, [], story=False, rel=False, note="Photo gallery."))
    w = d(13, 21, 30, 0, o)
    add(72938100, "کرکٹ-پاکستان-نے-آئرلینڈ-کو-ہرا-دیا", "کرکٹ: پاکستان نے آئرلینڈ کو سات وکٹوں سے ہرا دیا", w, "کھیل",
        "ڈبلن میں کھیلے گئے پہلے ٹی ٹوئنٹی میچ میں پاکستان نے آئرلینڈ کو سات وکٹوں سے شکست دے دی۔",
        lambda k: it(k, "کرکٹ: پاکستان نے آئرلینڈ کو سات وکٹوں سے ہرا دیا", w, [], rel=False))
    chan = "https://rss.radiorhein.example/rdf/rss-ur-all"
    head = (f"<channel rdf:about=\"{chan}\">\n<title>ریڈیو رائن اردو | تازہ ترین</title>\n<link>{base}</link>\n<description>ریڈیو رائن اردو کی تازہ ترین خبریں</description>\n"
            f"<dc:language>ur</dc:language>\n<dc:rights>© 2027 Radio Rhein</dc:rights>\n<dc:date>{d(15, 15, 31, 0, o).astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}</dc:date>\n"
            "<items>\n<rdf:Seq>\n" + "\n".join(lis) + "\n</rdf:Seq>\n</items>\n</channel>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
            + head + "\n" + "\n".join(rows) + "\n</rdf:RDF>\n")
    return feed("ur_de_radiorhein_urdu.rdf", text, items, lang="ur", outlet="ریڈیو رائن اردو", aliases=["Radio Rhein Urdu", "ریڈیو رائن"], shape="rss1-rdf",
                ctype="application/rdf+xml; charset=utf-8",
                structure="Deutsche Welle Urdu-style RSS 1.0 (rss.…/rdf/rss-ur-all) from the broadcaster's custom CMS: rdf:RDF with the RSS 1.0 default namespace, channel 'برانڈ | تازہ ترین' with dc:rights and dc:date, rdf:Seq of items, rdf:about = link with Urdu-script slugs and '/a-<8 digits>' ids, plain descriptions with newline-separated blocks ending in the editor-initials-plus-agencies line 'ع ب / ک م (روئٹرز، اے ایف پی)', ”…“ quotes with the speaker after the quote, one description without final '۔', one missing space after '۔', dc:date in UTC with Z, dc:subject, no author, a photo gallery")


# ---------------------------------------------------------------- Qaumi Awaz-style (New Delhi) Urdu daily on a Quintype-like headless CMS
def qaumisada():
    rows, items = [], []
    base = "https://www.qaumisada.example"

    def add(uid, sec, slug, title, when, creator, body, exp):
        url = f"{base}/{sec}/{slug}"
        cr = f"<dc:creator>{cd(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item><title>{cd(title)}</title><link>{url}</link><guid isPermaLink=\"false\">{uid}</guid><category>{esc(sec)}</category>{cr}"
                    f"<pubDate>{gmt(when)}</pubDate><description>{cd(body.split('</p>')[0].removeprefix('<p>'))}</description><content:encoded>{cd(body)}</content:encoded></item>")
        items.append(exp(uid))

    o = 5.5
    w = d(15, 18, 40, 0, o)
    add("4c0e3b1a-9d2f-4a7e-b6c5-1f8e2d7a3b90", "national", "india-china-border-talks-new-round-ladakh-patrolling", "ہند-چین سرحدی مذاکرات کا نیا دور، لداخ میں گشت پر اتفاق", w, "یو این آئی",
        "<p>نئی دہلی: ہندوستان اور چین نے سرحدی امور پر ورکنگ میکانزم کے تازہ دور میں مشرقی لداخ کے دو مقامات پر گشت کی بحالی پر اتفاق کیا ہے۔</p>"
        "<p>وزارت خارجہ کے ترجمان وکرم مہتا نے منگل کو یہاں بتایا کہ ”دونوں فریقوں نے سرحدی علاقوں میں امن و سکون برقرار رکھنے کی اہمیت پر زور دیا“۔</p>"
        "<p>مذاکرات کا اگلا دور بیجنگ میں ہوگا۔</p>",
        lambda k: it(k, "ہند-چین سرحدی مذاکرات کا نیا دور، لداخ میں گشت پر اتفاق", w, [], junk=["نئی دہلی:"], quotes=[q("وکرم مہتا", "وزارت خارجہ")],
                     note="Agency UNI (یو این آئی) as dc:creator; 'City:' dateline. ['یو این آئی'] is also correct"))
    w = d(15, 14, 15, 0, o)
    add("8a7d6c5b-4e3f-4d2a-9b1c-0e9f8a7b6c5d", "delhi", "delhi-water-crisis-supply-affected", "دہلی میں پانی کا بحران، کئی علاقوں میں سپلائی متاثر", w, "قومی صدا بیورو",
        "<p>نئی دہلی: قومی راجدھانی میں شدید گرمی کے درمیان پانی کا بحران گہرا گیا ہے۔ دہلی جل بورڈ کے مطابق جنوبی اور مشرقی دہلی کے کئی علاقوں میں سپلائی متاثر ہے۔</p>",
        lambda k: it(k, "دہلی میں پانی کا بحران، کئی علاقوں میں سپلائی متاثر", w, [], rel=False, junk=["نئی دہلی:"], note="Bureau credit."))
    w = d(15, 11, 0, 0, o)
    add("2f1e0d9c-8b7a-4c6d-a5e4-3f2e1d0c9b8a", "international", "india-bangladesh-ganga-water-treaty-renewal-talks", "گنگا آبی معاہدے کی تجدید پر ہندوستان اور بنگلہ دیش کی بات چیت", w, "تنویر احمد",
        "<p>نئی دہلی: ہندوستان اور بنگلہ دیش کے آبی وسائل کے وزرا نے گنگا آبی معاہدے کی تجدید پر بات چیت شروع کر دی ہے، جس کی میعاد آئندہ برس ختم ہو رہی ہے۔</p>"
        "<p>بنگلہ دیش کے آبی وسائل کے سکریٹری نذر الاسلام نے کہا کہ ”خشک موسم میں فرکا سے آنے والا پانی ہمارے لیے زندگی کا سوال ہے“۔</p>",
        lambda k: it(k, "گنگا آبی معاہدے کی تجدید پر ہندوستان اور بنگلہ دیش کی بات چیت", w, ["تنویر احمد"], junk=["نئی دہلی:"], quotes=[q("نذر الاسلام", "آبی وسائل")]))
    w = d(14, 22, 30, 0, o)
    add("6b5a4c3d-2e1f-4a0b-8c9d-7e6f5a4b3c2d", "international", "gaza-ceasefire-talks-israel-hamas-delegations-cairo", "غزہ: جنگ بندی مذاکرات کے لیے اسرائیل اور حماس کے وفود قاہرہ میں", w, "ایجنسیاں",
        "<p>قاہرہ: غزہ میں جنگ بندی اور یرغمالیوں کی رہائی کے لیے اسرائیل اور حماس کے وفود بالواسطہ مذاکرات کے لیے ایک بار پھر قاہرہ پہنچ گئے ہیں۔</p>"
        "<p>مصری اور قطری ثالثوں نے چھ ہفتوں کی جنگ بندی کی تجویز پیش کی ہے جس کے دوران تین مرحلوں میں قیدیوں کا تبادلہ ہوگا۔</p>",
        lambda k: it(k, "غزہ: جنگ بندی مذاکرات کے لیے اسرائیل اور حماس کے وفود قاہرہ میں", w, [], junk=["قاہرہ:"],
                     note="Same event as newamsterdampost's Cairo story. 'ایجنسیاں' (agencies) is not a person."))
    w = d(14, 17, 0, 0, o)
    add("0a9b8c7d-6e5f-4a3b-2c1d-9e8f7a6b5c4d", "videos", "video-delhi-first-monsoon-rain", "ویڈیو: دہلی میں مانسون کی پہلی بارش", w, None,
        "<p>دیکھیں ویڈیو</p>",
        lambda k: it(k, "ویڈیو: دہلی میں مانسون کی پہلی بارش", w, [], story=False, rel=False, note="Video item."))
    w = d(14, 12, 20, 0, o)
    add("3c2b1a0f-9e8d-4c7b-6a5f-4e3d2c1b0a9f", "sports", "hockey-india-beat-netherlands-pro-league", "ہاکی: ہندوستان نے ہالینڈ کو تین-دو سے شکست دی", w, "اسپورٹس ڈیسک",
        "<p>ایمسٹرڈیم: ایف آئی ایچ پرو لیگ کے مقابلے میں ہندوستانی ہاکی ٹیم نے ہالینڈ کو تین-دو سے شکست دے دی۔</p>",
        lambda k: it(k, "ہاکی: ہندوستان نے ہالینڈ کو تین-دو سے شکست دی", w, [], rel=False, note="Sports desk credit."))
    channel = (f"<title>{cd('قومی صدا')}</title><link>{base}</link><description>{cd('قومی صدا - اردو خبریں')}</description><language>ur</language>"
               f"<lastBuildDate>{gmt(d(15, 18, 41, 0, o))}</lastBuildDate><atom:link href=\"{base}/stories.rss\" rel=\"self\" type=\"application/rss+xml\"/>")
    ns = ' xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"'
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss' + ns + ' version="2.0"><channel>' + channel + "".join(rows) + "</channel></rss>")
    return feed("ur_in_qaumisada_stories.rss.xml", text, items, lang="ur", outlet="قومی صدا", aliases=["Qaumi Sada"],
                structure="Qaumi Awaz-style (New Delhi) Urdu daily's feed from a Quintype-like headless CMS (/stories.rss): the whole document on one line without a trailing newline, namespaces before version, CDATA channel title, UUID non-permalink guids, Latin-script slugs under '/<section>/', <category> before dc:creator, CDATA dc:creator holding 'یو این آئی' (UNI), 'قومی صدا بیورو', a person, 'ایجنسیاں', 'اسپورٹس ڈیسک' or nothing, GMT pubDates (the newsroom is at +0530), description = the first paragraph, content:encoded with Urdu 'شہر:' datelines and ”…“ quotes closed before '۔', a video item")


FEEDS = [klartext, stephansblatt, morgenblatt, cartiglio, adesso, teia, correiotejo, radiorhein, qaumisada]
