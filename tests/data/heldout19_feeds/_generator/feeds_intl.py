# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian, Portuguese and Urdu feeds of the nineteenth held-out set.
All outlets, people and quotations are invented."""
from lib import dt
from mk import NS_DC, NS_MEDIA, atom, esc, it, q, rfc822, rss
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    return dt(2027, 4, day, h, mi, s, off)


def cd(s):
    return f"<![CDATA[{s}]]>"


# ---------------------------------------------------------------- Liechtenstein daily on Livingdocs ('ld.<id>' documents), +0200
def vaduzer():
    rows, items = [], []
    o = 2

    def add(ld, sec, slug, title, when, creator, desc, exp):
        url = f"https://www.vaduzertagblatt.li/{sec}/{slug}-ld.{ld}"
        cr = f"\n      <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <description>{esc(desc)}</description>\n      <pubDate>{rfc822(when)}</pubDate>\n"
                    f"      <guid isPermaLink=\"false\">ld.{ld}</guid>{cr}\n      <media:thumbnail url=\"https://img.vaduzertagblatt.li/2027/4/{ld}/teaser.jpg?width=640\"/>\n    </item>")
        items.append(exp(f"ld.{ld}"))

    w = d(13, 17, 55, 0, o)
    add(2241876, "liechtenstein", "zollvertrag-liechtenstein-und-schweiz-einigen-sich-auf-erneuerung", "Zollvertrag: Liechtenstein und die Schweiz einigen sich auf Erneuerung", w, "Patrick Frommelt",
        "Nach zweijährigen Verhandlungen steht der Text. Der Landtag soll im Juni darüber abstimmen.«Wir haben alle wesentlichen Punkte erreicht», sagt Chefunterhändlerin Andrea Hasler.",
        lambda k: it(k, "Zollvertrag: Liechtenstein und die Schweiz einigen sich auf Erneuerung", w, ["Patrick Frommelt"], quotes=[q("Andrea Hasler", "Chefunterhändlerin")]))
    w = d(13, 14, 30, 0, o)
    add(2241850, "wirtschaft", "ewr-finanzierungsmechanismus-liechtenstein-zahlt-mehr", "EWR-Finanzierungsmechanismus: Liechtenstein zahlt mehr an Osteuropa", w, "sda",
        "Die Efta-Staaten im EWR stocken ihre Beiträge für die Jahre 2028 bis 2034 um rund 8 Prozent auf. Liechtensteins Anteil steigt auf 42 Millionen Franken",
        lambda k: it(k, "EWR-Finanzierungsmechanismus: Liechtenstein zahlt mehr an Osteuropa", w, ["sda"], note="Agency as the only credit. [] is also correct"))
    w = d(13, 11, 10, 0, o)
    add(2241822, "liechtenstein", "ukraine-wiederaufbaukonferenz-vaduz-sagt-millionen-zu", "Ukraine-Wiederaufbaukonferenz: Vaduz sagt 5 Millionen Franken zu", w, "red",
        "Das Geld fliesst in die Sanierung von Schulen in der Region Tschernihiw.",
        lambda k: it(k, "Ukraine-Wiederaufbaukonferenz: Vaduz sagt 5 Millionen Franken zu", w, [], note="'red' (Redaktion) is not a person."))
    w = d(12, 19, 40, 0, o)
    add(2241795, "liechtenstein", "landtag-beschliesst-senkung-der-vermoegensertragssteuer", "Landtag beschliesst Senkung der Vermögensertragssteuer", w, "Julia Büchel-Marxer",
        "Mit 17 zu 8 Stimmen hat der Landtag den Sollertrag von 4 auf 3,5 Prozent gesenkt.Die Opposition kündigt ein Referendum an",
        lambda k: it(k, "Landtag beschliesst Senkung der Vermögensertragssteuer", w, ["Julia Büchel-Marxer"], rel=False))
    w = d(12, 21, 50, 0, o)
    add(2241801, "sport", "fc-vaduz-siegt-in-thun", "FC Vaduz siegt in Thun und springt auf Rang drei", w, "Ernst Hoop",
        "Zwei Tore nach der Pause reichen den Liechtensteinern in der Challenge League.",
        lambda k: it(k, "FC Vaduz siegt in Thun und springt auf Rang drei", w, ["Ernst Hoop"], rel=False))
    w = d(12, 23, 0, 0, o)
    add(2241760, "leben", "horoskop-fuer-mittwoch-14-april", "Horoskop für Mittwoch, 14. April", w, None,
        "Widder: Ein Gespräch bringt Klarheit. Stier: Gönnen Sie sich eine Pause.",
        lambda k: it(k, "Horoskop für Mittwoch, 14. April", w, [], story=False, rel=False, note="Daily horoscope."))
    channel = ("    <title>Vaduzer Tagblatt - Neueste Artikel</title>\n    <link>https://www.vaduzertagblatt.li</link>\n    <description>Nachrichten aus Liechtenstein, der Region und der Welt</description>\n    <language>de-li</language>\n"
               f"    <copyright>Vaduzer Medienhaus AG</copyright>\n    <lastBuildDate>{rfc822(d(13, 17, 56, 0, o))}</lastBuildDate>\n    <generator>Livingdocs</generator>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"' + NS_DC + NS_MEDIA + ">\n  <channel>\n" + channel + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("de_li_vaduzertagblatt_livingdocs.rss.xml", text, items, lang="de", outlet="Vaduzer Tagblatt",
                structure="Liechtenstein daily's 'newest articles' RSS from Livingdocs: two-space indentation, de-li language, Livingdocs generator, 'ld.<id>' non-permalink guids and '<slug>-ld.<id>' links, items slightly out of date order, plain teasers with Swiss spelling ('fliesst', 'beschliesst'), «…» quotes glued to the previous sentence, a missing space after a full stop, no final stop, dc:creator holding persons (one double-barrelled), the agency 'sda', 'red' or nothing, media:thumbnail, a daily horoscope, AG copyright, +0200 dates")


# ---------------------------------------------------------------- German-language daily in Namibia, bylines only in the text
def suedwest():
    rows, items = [], []
    o = 2

    def add(aid, slug, title, when, html, exp):
        url = f"https://www.suedwest-rundschau.com.na/artikel/{aid}/{slug}"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><guid>{url}</guid><pubDate>{rfc822(when)}</pubDate><description>{esc(html)}</description></item>")
        items.append(exp(url))

    w = d(13, 16, 45, 0, o)
    add(41877, "namibia-und-deutschland-einigen-sich-ueber-wasserstoff-hafen", "Namibia und Deutschland einigen sich über Wasserstoff-Hafen in Lüderitz", w,
        "<p><strong>Von Frank Steinmetz, Windhoek</strong></p><p>Windhoek/Lüderitz • Die Regierungen beider Länder haben eine Absichtserklärung über den Ausbau des Hafens Angra Punta unterzeichnet</p><p>„Das ist der grösste Einzelauftrag in der Geschichte des Landes“, sagte Hafendirektorin Selma Nghipondoka.</p>",
        lambda k: it(k, "Namibia und Deutschland einigen sich über Wasserstoff-Hafen in Lüderitz", w, ["Frank Steinmetz"], junk=["Von Frank Steinmetz"], quotes=[q("Selma Nghipondoka", "Hafendirektorin")], note="Byline only as the first paragraph of the description ('Von Name, Ort')."))
    w = d(13, 12, 20, 0, o)
    add(41869, "angola-baut-grenzuebergang-oshikango-aus", "Angola baut Grenzübergang Oshikango–Santa Clara aus", w,
        "<p><strong>Von Lisa Schwarz, Oshikango</strong></p><p>Oshikango • Die angolanische Regierung will die Abfertigung an der Nordgrenze beschleunigen.Lkw-Fahrer warten derzeit bis zu drei Tage</p><ul><li>Neue Zollhalle ab Oktober</li><li>Gemeinsame Kontrolle beider Länder geplant</li></ul>",
        lambda k: it(k, "Angola baut Grenzübergang Oshikango–Santa Clara aus", w, ["Lisa Schwarz"], junk=["Von Lisa Schwarz"]))
    w = d(13, 9, 5, 0, o)
    add(41860, "stadtrat-erhoeht-wassertarife", "Windhoek: Stadtrat erhöht Wassertarife um zwölf Prozent", w,
        "<p><strong>Von Henning Brückner, Windhoek</strong></p><p>Windhoek • Ab Juli zahlen Haushalte 38 N$ pro Kubikmeter.</p>",
        lambda k: it(k, "Windhoek: Stadtrat erhöht Wassertarife um zwölf Prozent", w, ["Henning Brückner"], rel=False, junk=["Von Henning Brückner"]))
    w = d(12, 20, 30, 0, o)
    add(41851, "welwitschias-unterliegen-kenia", "Rugby: Welwitschias unterliegen Kenia in Nairobi", w,
        "<p><strong>Sportredaktion</strong></p><p>Nairobi • Die Nationalmannschaft verlor das Testspiel mit 19:24.</p>",
        lambda k: it(k, "Rugby: Welwitschias unterliegen Kenia in Nairobi", w, [], rel=False, junk=["Sportredaktion"], note="Desk credit in the text."))
    w = d(12, 15, 10, 0, o)
    add(41840, "botswana-und-namibia-planen-trans-kalahari-bahn", "Botswana und Namibia planen gemeinsame Trans-Kalahari-Bahn", w,
        "<p><strong>Von Lisa Schwarz und Henning Brückner, Windhoek</strong></p><p>Windhoek/Gaborone • Die 1500 Kilometer lange Strecke soll Kohle aus Botswana nach Walvis Bay bringen. Eine Machbarkeitsstudie liegt seit 2019 vor.</p>",
        lambda k: it(k, "Botswana und Namibia planen gemeinsame Trans-Kalahari-Bahn", w, ["Lisa Schwarz", "Henning Brückner"], junk=["Von Lisa Schwarz"]))
    w = d(12, 6, 0, 0, o)
    add(41831, "todesanzeigen-13-april-2027", "Todesanzeigen vom 13. April 2027", w,
        "<p>Wir nehmen Abschied von Gerda Kleinschmidt, Swakopmund, und Hans-Peter Roth, Otjiwarongo.</p>",
        lambda k: it(k, "Todesanzeigen vom 13. April 2027", w, [], story=False, rel=False, note="Death notices."))
    channel = ("<title>Südwest-Rundschau | Welt</title><link>https://www.suedwest-rundschau.com.na/welt</link><description>Die deutschsprachige Tageszeitung Namibias</description><language>de-NA</language>"
               "<copyright>Südwest Zeitungsverlag (Pty) Ltd</copyright>")
    return feed("de_na_suedwestrundschau_welt.rss.xml", rss(channel, rows, sep=""), items, lang="de", outlet="Südwest-Rundschau", aliases=["Suedwest-Rundschau"],
                structure="Allgemeine Zeitung (Windhoek)-style RSS of Namibia's German-language daily from a custom PHP CMS: single line, channel 'Marke | Ressort', de-NA language, no author element, escaped <p> descriptions opening with a bold 'Von Name, Ort' / 'Von A und B, Ort' / 'Sportredaktion' paragraph (the only bylines) and a 'Ort •' dateline with a bullet, „…“ quotes with Swiss-style 'grösste', a standfirst without final stop, <ul> bullets, a missing space after a full stop, N$ amounts, death notices, (Pty) Ltd copyright, +0200 dates")


# ---------------------------------------------------------------- Bremen regional daily on Contao, German 'Ort.' datelines
def weseranzeiger():
    rows, items = [], []
    o = 2

    def add(aid, slug, title, when, html, exp):
        url = f"https://www.weser-anzeiger.de/nachrichten/{slug}.{aid}.html"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<description>{cd(html)}</description>\n<link>{url}</link>\n<pubDate>{rfc822(when)}</pubDate>\n<guid>{url}</guid>\n"
                    f"<enclosure url=\"https://www.weser-anzeiger.de/files/bilder/2027/04/{aid}.jpg\" length=\"88143\" type=\"image/jpeg\" />\n</item>")
        items.append(exp(url))

    w = d(13, 18, 30, 0, o)
    add(117402, "nato-manoever-kriegsschiffe-laufen-bremerhaven-an", "Nato-Manöver: Kriegsschiffe aus acht Ländern laufen Bremerhaven an", w,
        "<p>Bremerhaven. Zum Auftakt des Nato-Manövers „Northern Tide“ liegen seit Dienstag 14 Fregatten und Versorger im Kaiserhafen</p><p>Die Übung in der Nordsee dauert bis Ende April. <em>Von Jannik Oltmanns</em></p>",
        lambda k: it(k, "Nato-Manöver: Kriegsschiffe aus acht Ländern laufen Bremerhaven an", w, ["Jannik Oltmanns"], junk=["Von Jannik Oltmanns"], note="Byline at the end of the teaser in <em>."))
    w = d(13, 15, 0, 0, o)
    add(117395, "nahost-neue-gespraeche-ueber-waffenruhe-in-kairo", "Nahost: Neue Gespräche über Waffenruhe in Kairo", w,
        "<p>Kairo. Unterhändler aus Israel, Ägypten und Katar treffen sich am Mittwoch erneut.Die USA schicken einen Sondergesandten</p><p>(dpa)</p>",
        lambda k: it(k, "Nahost: Neue Gespräche über Waffenruhe in Kairo", w, [], junk=["(dpa)"], note="Agency note '(dpa)' as the last paragraph. ['dpa'] is also correct"))
    w = d(13, 10, 30, 0, o)
    add(117388, "kommentar-europa-muss-bei-zoellen-geschlossen-bleiben", "Kommentar: Europa muss bei Zöllen geschlossen bleiben", w,
        "<p>Ein Kommentar von Ulrike Hasselmann</p><p>Wer jetzt mit Washington einzeln verhandelt, schwächt die Union – und am Ende auch die Häfen an der Weser.</p>",
        lambda k: it(k, "Europa muss bei Zöllen geschlossen bleiben", w, ["Ulrike Hasselmann"], junk=["Ein Kommentar von"], note="Opinion piece; byline 'Ein Kommentar von Name' as the first paragraph. Title label 'Kommentar:' may be kept or dropped"))
    w = d(12, 19, 15, 0, o)
    add(117371, "buergerschaft-streitet-ueber-kita-beitraege", "Bürgerschaft streitet über Kita-Beiträge", w,
        "<p>Bremen. Die Opposition will die Beiträge für unter Dreijährige ganz abschaffen, die Koalition nur senken.</p>",
        lambda k: it(k, "Bürgerschaft streitet über Kita-Beiträge", w, [], rel=False))
    w = d(12, 17, 45, 0, o)
    add(117366, "werder-verliert-in-freiburg", "Werder verliert in Freiburg und rutscht auf Platz zwölf", w,
        "<p>Freiburg. Nach dem 1:2 wird die Lage für die Grün-Weissen enger. <em>Von Sören Wilkens</em></p>",
        lambda k: it(k, "Werder verliert in Freiburg und rutscht auf Platz zwölf", w, ["Sören Wilkens"], rel=False, junk=["Von Sören Wilkens"]))
    w = d(12, 7, 0, 0, o)
    add(117350, "baustellen-der-woche-hier-wird-es-eng", "Baustellen der Woche: Hier wird es in Bremen eng", w,
        "<ul><li>Stephanibrücke: eine Spur stadteinwärts</li><li>Schwachhauser Heerstraße: Vollsperrung am Wochenende</li><li>A27, Anschlussstelle Vahr: nachts gesperrt</li></ul>",
        lambda k: it(k, "Baustellen der Woche: Hier wird es in Bremen eng", w, [], story=False, rel=False, note="Weekly roadworks listing."))
    channel = ("<title>Weser-Anzeiger - Nachrichten</title>\n<description>Nachrichten aus Bremen, Niedersachsen und der Welt</description>\n<link>https://www.weser-anzeiger.de/</link>\n<language>de</language>\n"
               f"<pubDate>{rfc822(d(13, 18, 31, 0, o))}</pubDate>\n<generator>Contao Open Source CMS</generator>\n<atom:link href=\"https://www.weser-anzeiger.de/share/nachrichten.xml\" rel=\"self\" type=\"application/rss+xml\" />")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("de_weseranzeiger_nachrichten_contao.rss.xml", text, items, lang="de", outlet="Weser-Anzeiger",
                structure="Contao news-feed RSS ('/share/<alias>.xml') of a Bremen regional daily: one element per line, description BEFORE link, channel description before link, Contao generator, no author element and no copyright, CDATA <p> teasers opening with the German 'Ort.' dateline (a full stop), a trailing '<em>Von Name</em>' byline, 'Ein Kommentar von Name' first paragraph, '(dpa)' last paragraph, „…“ quotes, a missing space after a full stop, '<slug>.<id>.html' permalink guids, Bürgerschaft and Werder items, a roadworks listing, +0200 dates")


# ---------------------------------------------------------------- San Marino public broadcaster, +0200
def rtvtitano():
    rows, items = [], []
    o = 2

    def add(nid, slug, title, when, author, html, exp):
        url = f"https://www.rtvtitano.sm/news/{slug}-n{nid}"
        au = f"<author>{esc(author)}</author>" if author else ""
        rows.append(f"\t<item>\n\t\t<title>{cd(title)}</title>\n\t\t<link>{url}</link>\n\t\t<guid isPermaLink=\"true\">{url}</guid>\n\t\t{au}\n\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t<description>{cd(html)}</description>\n\t</item>")
        items.append(exp(url))

    w = d(13, 18, 10, 0, o)
    add(118402, "san-marino-ue-firmato-accordo-associazione", "San Marino e Ue, firmato a Bruxelles l'accordo di associazione", w, "redazione@rtvtitano.sm (Francesca Bollini)",
        "<p>Dopo dieci anni di negoziato il Titano entra nel mercato interno europeo</p><p>«È una giornata storica per la Repubblica», ha detto la capo negoziatrice Elena Righi.</p>",
        lambda k: it(k, "San Marino e Ue, firmato a Bruxelles l'accordo di associazione", w, ["Francesca Bollini"], junk=["redazione@rtvtitano.sm"], quotes=[q("Elena Righi", "capo negoziatrice")], note="RSS <author> as 'e-mail (Name)'."))
    w = d(13, 15, 25, 0, o)
    add(118390, "segretario-esteri-in-visita-a-kiev", "Ucraina, il Segretario agli Esteri in visita a Kiev", w, "redazione@rtvtitano.sm (Redazione)",
        "<p>Sul tavolo gli aiuti per la ricostruzione di un ospedale pediatrico a Kharkiv.Il viaggio era stato rinviato due volte</p>",
        lambda k: it(k, "Ucraina, il Segretario agli Esteri in visita a Kiev", w, [], junk=["redazione@rtvtitano.sm"], note="'Redazione' is not a person."))
    w = d(13, 11, 0, 0, o)
    add(118377, "sanita-nuova-convenzione-con-italia-alta-specialita", "Sanità, nuova convenzione con l'Italia per le cure ad alta specialità", w, "redazione@rtvtitano.sm (Luca Ceccoli)",
        "<p>I pazienti sammarinesi potranno essere curati negli ospedali di Rimini, Bologna e Pesaro senza autorizzazione preventiva</p><ul><li>Durata: cinque anni</li><li>Rimborso a tariffa unica</li></ul>",
        lambda k: it(k, "Sanità, nuova convenzione con l'Italia per le cure ad alta specialità", w, ["Luca Ceccoli"], junk=["redazione@rtvtitano.sm"]))
    w = d(12, 20, 45, 0, o)
    add(118361, "consiglio-grande-e-generale-via-libera-riforma-igr", "Consiglio Grande e Generale, via libera alla riforma IGR", w, "redazione@rtvtitano.sm (Luca Ceccoli)",
        "<p>Approvata con 35 voti favorevoli. L'opposizione annuncia un referendum.</p>",
        lambda k: it(k, "Consiglio Grande e Generale, via libera alla riforma IGR", w, ["Luca Ceccoli"], rel=False, junk=["redazione@rtvtitano.sm"]))
    w = d(12, 16, 30, 0, o)
    add(118350, "calcio-nazionale-amichevole-gibilterra", "Calcio, la Nazionale sfida Gibilterra in amichevole al San Marino Stadium", w, None,
        "<p>Fischio d'inizio alle 20.45, diretta su RTV Titano Sport.</p>",
        lambda k: it(k, "Calcio, la Nazionale sfida Gibilterra in amichevole al San Marino Stadium", w, [], rel=False))
    w = d(12, 6, 0, 0, o)
    add(118341, "palinsesto-di-oggi", "Palinsesto di oggi: i programmi di RTV Titano", w, None,
        "<p>7.00 Buongiorno Titano - 13.00 TG - 20.00 TG - 21.00 Il Titano racconta</p>",
        lambda k: it(k, "Palinsesto di oggi: i programmi di RTV Titano", w, [], story=False, rel=False, note="TV schedule."))
    channel = ("\t<title>RTV Titano - News</title>\n\t<link>https://www.rtvtitano.sm/news</link>\n\t<description>Radiotelevisione della Repubblica di San Marino</description>\n\t<language>it-SM</language>\n"
               "\t<copyright>San Marino RTV Titano S.p.A.</copyright>\n\t<managingEditor>redazione@rtvtitano.sm (Redazione)</managingEditor>")
    text = ('<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("it_sm_rtvtitano_news.rss.xml", text, items, lang="it", outlet="RTV Titano", aliases=["Radiotelevisione Titano"],
                structure="San Marino RTV-style news RSS of a small state broadcaster from a custom CMS: declaration with a space before '?>', tab indentation, it-SM language, CDATA titles and <p> descriptions, <author> in the 'e-mail (Nome)' form for persons and for 'Redazione', or missing (an empty line), managingEditor, «…» quotes, a standfirst without final stop, <ul> bullets, a missing space after a full stop, '<slug>-n<id>' permalink guids, Consiglio Grande e Generale and national-team items, a TV schedule, S.p.A. copyright, +0200 dates")


# ---------------------------------------------------------------- Il Piccolo-style (Trieste), GEDI-like local network
def ilgiuliano():
    rows, items = [], []
    o = 2

    def add(sec, aid, slug, title, when, creator, html, exp):
        url = f"https://www.ilgiuliano.it/{sec}/{when:%Y/%m/%d}/news/{slug}-{aid}/"
        img = f"https://www.ilgiuliano.it/image/contentid/policy:1.{aid}:1712999000/foto.jpg?f=detail_558&amp;h=720&amp;w=1280"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid><pubDate>{rfc822(when)}</pubDate><dc:creator>{esc(creator)}</dc:creator>"
                    f"<description>{esc(html)}</description><media:content url=\"{img}\" type=\"image/jpeg\" medium=\"image\"/></item>")
        items.append(exp(url))

    leggi = '<p><strong>LEGGI ANCHE</strong> <a href="https://www.ilgiuliano.it/trieste/2027/04/10/news/confine-code-15001200/">Confine, code di due ore a Fernetti</a></p>'
    w = d(13, 17, 0, 0, o)
    add("trieste", 15032881, "slovenia-barriera-confine-rabuiese", "Slovenia, la nuova barriera al confine di Rabuiese divide i pendolari", w, "di Marco Ferluga",
        f"<p>Lubiana ha installato sbarre automatiche e telecamere al valico: i controlli restano a campione</p>{leggi}<p>«Per ora nessun disagio, ma in estate sarà un'altra storia», ha detto il sindaco di Muggia, Dario Zugna.</p>",
        lambda k: it(k, "Slovenia, la nuova barriera al confine di Rabuiese divide i pendolari", w, ["Marco Ferluga"], junk=["LEGGI ANCHE", "code di due ore"], quotes=[q("Dario Zugna", "sindaco di Muggia")]))
    w = d(13, 13, 40, 0, o)
    add("cronaca", 15032850, "croazia-controlli-rotta-balcanica", "Croazia, da giugno controlli rafforzati sulla rotta balcanica", w, "Redazione",
        "<p>Zagabria schiererà 600 agenti in più al confine con la Bosnia.Il Friuli Venezia Giulia chiede pattuglie miste anche a Trieste</p>",
        lambda k: it(k, "Croazia, da giugno controlli rafforzati sulla rotta balcanica", w, [], note="'Redazione' is not a person."))
    w = d(13, 10, 15, 0, o)
    add("economia", 15032822, "porto-trieste-accordo-budapest-terminal-ungherese", "Porto di Trieste, firmato con Budapest l'accordo per il terminal ungherese", w, "di Giulia Sancin e Paolo Kralj",
        "<p>L'Ungheria avrà in concessione per sessant'anni un'area di 32 ettari nella zona di Servola</p><ul><li>Investimento da 150 milioni</li><li>Primi treni merci nel 2029</li></ul>",
        lambda k: it(k, "Porto di Trieste, firmato con Budapest l'accordo per il terminal ungherese", w, ["Giulia Sancin", "Paolo Kralj"]))
    w = d(12, 22, 30, 0, o)
    add("sport", 15032790, "triestina-pari-a-padova", "Triestina, pari a Padova nel derby del Nordest", w, "di Andrea Zorzenon",
        "<p>All'Euganeo finisce 1-1: gol alabardato su rigore.</p>",
        lambda k: it(k, "Triestina, pari a Padova nel derby del Nordest", w, ["Andrea Zorzenon"], rel=False))
    w = d(12, 18, 0, 0, o)
    add("trieste", 15032771, "riapre-piazza-oberdan", "Trieste, riapre piazza Oberdan dopo due anni di cantiere", w, "di Marco Ferluga",
        f"<p>Nuovo capolinea per il tram di Opicina e 40 alberi piantati</p>{leggi}",
        lambda k: it(k, "Trieste, riapre piazza Oberdan dopo due anni di cantiere", w, ["Marco Ferluga"], rel=False, junk=["LEGGI ANCHE"]))
    w = d(12, 5, 30, 0, o)
    add("trieste", 15032750, "sfoglia-il-giuliano-digitale", "Sfoglia Il Giuliano digitale: l'edizione di oggi", w, "Il Giuliano",
        "<p>Il giornale di oggi in versione digitale, già dalle 5.30. Abbonati da 1 euro al mese.</p>",
        lambda k: it(k, "Sfoglia Il Giuliano digitale: l'edizione di oggi", w, [], story=False, rel=False, note="E-paper promotion."))
    channel = ("<title>Il Giuliano</title><link>https://www.ilgiuliano.it</link><description>Il quotidiano di Trieste</description><language>it</language>"
               "<copyright>Copyright Nord Est Multimedia S.p.A.</copyright>")
    return feed("it_ilgiuliano_trieste_rss.rss.xml", rss(channel, rows, ns=NS_DC + NS_MEDIA, sep=""), items, lang="it", outlet="Il Giuliano",
                structure="Il Piccolo (Trieste)-style RSS of a regional network's local daily: single line, channel title only the brand, '/<section>/YYYY/MM/DD/news/<slug>-<id>/' permalink guids, dc:creator holding 'di Nome', 'di A e B', 'Redazione' or the brand, escaped <p> descriptions with a standfirst without final stop, a bold 'LEGGI ANCHE' link paragraph between or after blocks, «…» quotes, <ul> bullets, a missing space after a full stop, media:content with '&amp;' query strings, Slovenian and Croatian border and port items beside Triestina and a square reopening, an e-paper promotion, S.p.A. copyright, +0200 dates")


# ---------------------------------------------------------------- Portuguese-language daily in Macau, +0800
def portadocerco():
    rows, items = [], []
    o = 8

    def add(nid, slug, title, when, creator, html, exp):
        url = f"https://portadocerco.mo/{when:%Y/%m/%d}/{slug}/"
        key = f"https://portadocerco.mo/?p={nid}"
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <dc:creator>{cd(creator)}</dc:creator>\n    <pubDate>{rfc822(when)}</pubDate>\n"
                    f"    <guid isPermaLink=\"false\">{key}</guid>\n    <description>{cd(html)}</description>\n  </item>")
        items.append(exp(key))

    w = d(13, 19, 0, 0, o)
    add(90421, "pequim-e-lisboa-assinam-acordo-de-cooperacao-judiciaria", "Pequim e Lisboa assinam acordo de cooperação judiciária", w, "Lusa",
        "<p>O acordo, assinado em Pequim, prevê a transferência de pessoas condenadas e a troca de informação em processos de branqueamento de capitais</p>",
        lambda k: it(k, "Pequim e Lisboa assinam acordo de cooperação judiciária", w, ["Lusa"], note="Agency as the only credit. [] is also correct"))
    w = d(13, 16, 20, 0, o)
    add(90415, "forum-macau-ministros-lusofonos-reunem-se-em-junho", "Fórum Macau: ministros lusófonos reúnem-se em Junho", w, "Catarina Lei",
        "<p>A conferência ministerial, adiada desde 2024, vai discutir um novo fundo de cooperação de mil milhões de dólares.“Os países de língua portuguesa querem menos promessas e mais projectos”, disse Manuel Sequeira, delegado de Cabo Verde no secretariado.</p>",
        lambda k: it(k, "Fórum Macau: ministros lusófonos reúnem-se em Junho", w, ["Catarina Lei"], quotes=[q("Manuel Sequeira", "Cabo Verde")], note="Pre-1990 spelling ('Junho', 'projectos')."))
    w = d(13, 11, 30, 0, o)
    add(90408, "receitas-do-jogo-sobem-8-em-marco", "Receitas do jogo sobem 8% em Março", w, "Redacção",
        "<p>Os casinos arrecadaram 21,4 mil milhões de patacas.O mercado de massas continua a crescer</p>",
        lambda k: it(k, "Receitas do jogo sobem 8% em Março", w, [], rel=False, note="'Redacção' is not a person."))
    w = d(12, 21, 15, 0, o)
    add(90399, "grande-premio-corrida-de-motos-muda-de-data", "Grande Prémio: corrida de motos muda de data", w, "Catarina Lei",
        "<p>A prova passa para o segundo fim-de-semana de Novembro.</p>",
        lambda k: it(k, "Grande Prémio: corrida de motos muda de data", w, ["Catarina Lei"], rel=False))
    w = d(12, 17, 40, 0, o)
    add(90388, "timor-leste-pede-apoio-de-macau-para-formar-magistrados", "Timor-Leste pede apoio de Macau para formar magistrados", w, "João Carvalho, em Díli",
        "<p>O Centro de Formação Jurídica de Díli quer enviar 20 juízes estagiários para cursos em Macau</p><ul><li>Formação em português</li><li>Custos partilhados</li></ul>",
        lambda k: it(k, "Timor-Leste pede apoio de Macau para formar magistrados", w, ["João Carvalho"], note="'Nome, em Cidade' credit."))
    w = d(12, 8, 0, 0, o)
    add(90380, "agenda-cultural-da-semana", "Agenda cultural: o que fazer em Macau esta semana", w, "Redacção",
        "<p>Concertos no Jardim Lou Lim Ioc, cinema português na Cinemateca e uma feira do livro na Praça do Tap Seac.</p>",
        lambda k: it(k, "Agenda cultural: o que fazer em Macau esta semana", w, [], story=False, rel=False, note="Events listing."))
    channel = ("  <title>Porta do Cerco &#8211; Diário de Macau</title>\n  <link>https://portadocerco.mo</link>\n  <description>Jornal diário em língua portuguesa</description>\n  <language>pt-PT</language>\n"
               f"  <lastBuildDate>{rfc822(d(13, 19, 1, 0, o))}</lastBuildDate>\n  <copyright>Porta do Cerco Publicações, Lda.</copyright>")
    return feed("pt_mo_portadocerco_mundo.rss.xml", rss(channel, rows, ns=NS_DC), items, lang="pt", outlet="Porta do Cerco", aliases=["Porta do Cerco – Diário de Macau"],
                structure="Ponto Final / Hoje Macau-style RSS of a Portuguese-language daily in Macau from a custom CMS: two-space indentation, channel 'Marca &#8211; Diário de Macau', pt-PT language, '?p=<id>' non-permalink guids with dated pretty links, CDATA dc:creator holding the agency Lusa, a person, 'Nome, em Cidade' or 'Redacção', CDATA <p> descriptions with a standfirst without final stop, a missing space after a full stop (also before a curly quote), <ul> bullets, pre-reform spelling ('Redacção', 'projectos', 'Junho', 'Março'), patacas and Grand Prix items, a culture agenda, Lda. copyright, +0800 dates")


# ---------------------------------------------------------------- Recife daily (Brazil), -0300
def capibaribe():
    rows, items = [], []
    o = -3

    def add(sec, nid, slug, title, when, creator, html, exp):
        url = f"https://www.diariodocapibaribe.com.br/{sec}/2027/04/{slug}-{nid}.html"
        rows.append(f"<item>\n\t<title>{esc(title)}</title>\n\t<link>{url}</link>\n\t<guid isPermaLink=\"true\">{url}</guid>\n\t<dc:creator>{esc(creator)}</dc:creator>\n\t<pubDate>{rfc822(when)}</pubDate>\n"
                    f"\t<description>{esc(html)}</description>\n\t<media:content url=\"https://imagens.diariodocapibaribe.com.br/2027/04/{nid}.jpg\" medium=\"image\" type=\"image/jpeg\"><media:credit>{esc('Reprodução')}</media:credit></media:content>\n</item>")
        items.append(exp(url))

    leia = '<p><strong>Leia também:</strong> <a href="https://www.diariodocapibaribe.com.br/economia/2027/04/porto-de-suape-exportacoes-1120033.html">Porto de Suape bate recorde de exportações</a></p>'
    w = d(13, 19, 30, 0, o)
    add("mundo", 1120388, "eua-tarifa-aco-brasileiro", "EUA impõem tarifa de 25% sobre aço brasileiro; governo promete reagir", w, "Da Redação, com agências",
        f"<p>Medida entra em vigor em 1º de maio e atinge US$ 3 bilhões em exportações</p>{leia}<p>O Itamaraty convocou o encarregado de negócios americano.</p>",
        lambda k: it(k, "EUA impõem tarifa de 25% sobre aço brasileiro; governo promete reagir", w, [], junk=["Leia também", "Porto de Suape bate recorde"], note="'Da Redação, com agências' is not a person."))
    w = d(13, 16, 10, 0, o)
    add("mundo", 1120371, "argentina-senado-aprova-reforma-trabalhista", "Argentina: Senado aprova reforma trabalhista após 14 horas de sessão", w, "Por Mariana Albuquerque",
        "<p>Texto foi aprovado por 39 votos a 31.Centrais sindicais convocaram greve geral para a próxima semana</p><p>“Foi a sessão mais longa desde 2018”, disse o analista Ezequiel Ferraro, da Universidade de Buenos Aires.</p>",
        lambda k: it(k, "Argentina: Senado aprova reforma trabalhista após 14 horas de sessão", w, ["Mariana Albuquerque"], quotes=[q("Ezequiel Ferraro", "Universidade de Buenos Aires")], note="dc:creator 'Por Nome'."))
    w = d(13, 12, 45, 0, o)
    add("mundo", 1120355, "brasil-envia-ajuda-humanitaria-ucrania", "Brasil envia 40 toneladas de ajuda humanitária à Ucrânia", w, "Por Rafael Cavalcanti e Luíza Pimentel",
        "<p>Avião da FAB decolou de Recife com medicamentos e geradores</p><ul><li>Escala em Lisboa</li><li>Entrega pela Polônia</li></ul>",
        lambda k: it(k, "Brasil envia 40 toneladas de ajuda humanitária à Ucrânia", w, ["Rafael Cavalcanti", "Luíza Pimentel"]))
    w = d(12, 18, 20, 0, o)
    add("cidades", 1120330, "cais-jose-estelita-obras-retomadas", "Recife: obras no Cais José Estelita são retomadas", w, "Por Tiago Lins",
        f"<p>Prefeitura prevê entrega do parque em 2028.</p>{leia}",
        lambda k: it(k, "Recife: obras no Cais José Estelita são retomadas", w, ["Tiago Lins"], rel=False, junk=["Leia também"]))
    w = d(12, 22, 50, 0, o)
    add("esportes", 1120341, "sport-vence-nautico-classico-dos-classicos", "Sport vence o Náutico no Clássico dos Clássicos", w, "Por Bruno Galvão",
        "<p>Vitória por 2 a 0 na Ilha do Retiro.</p>",
        lambda k: it(k, "Sport vence o Náutico no Clássico dos Clássicos", w, ["Bruno Galvão"], rel=False))
    w = d(12, 9, 0, 0, o)
    add("assine", 1120300, "assine-o-diario-3-meses", "Assine o Diário: 3 meses por R$ 1,90", w, "Diário do Capibaribe",
        "<p>Acesso ilimitado ao site e ao aplicativo. Oferta por tempo limitado.</p>",
        lambda k: it(k, "Assine o Diário: 3 meses por R$ 1,90", w, [], story=False, rel=False, note="Subscription offer."))
    channel = ("<title>Diário do Capibaribe - Mundo</title>\n<link>https://www.diariodocapibaribe.com.br/mundo</link>\n<description>Notícias do Brasil e do mundo a partir de Pernambuco</description>\n<language>pt-br</language>\n"
               "<copyright>Diário do Capibaribe Comunicação S.A.</copyright>")
    return feed("pt_br_diariodocapibaribe_mundo.rss.xml", rss(channel, rows, ns=NS_DC + NS_MEDIA), items, lang="pt", outlet="Diário do Capibaribe", aliases=["Diario do Capibaribe"],
                structure="Jornal do Commercio (Recife)-style section RSS from a custom CMS: tab-indented item children, channel 'Marca - Seção', dc:creator holding 'Por Nome', 'Por A e B', 'Da Redação, com agências' or the brand, escaped <p> descriptions with a standfirst without final stop, a bold 'Leia também:' link paragraph, <ul> bullets, curly quotes, a missing space after a full stop, media:content with media:credit 'Reprodução', items out of date order, Recife and Sport–Náutico items, a subscription offer, S.A. copyright, -0300 dates")


# ---------------------------------------------------------------- CRI Urdu-style (Chinese state radio's Urdu service), +0800
def silkroad():
    rows, items = [], []
    o = 8

    def add(nid, title, when, creator, desc, exp):
        url = f"https://urdu.silkroadradio.cn/2027/04/{when.day:02d}/ARTI{nid}.shtml"
        cr = f"<author>{esc(creator)}</author>" if creator else ""
        rows.append(f"<item><title>{cd(title)}</title><link>{url}</link><description>{cd(desc)}</description>{cr}<pubDate>{rfc822(when)}</pubDate><guid>{url}</guid></item>")
        items.append(exp(url))

    w = d(13, 20, 10, 0, o)
    add("1744550612", "چین اور پاکستان کے درمیان سی پیک کے دوسرے مرحلے کے نئے معاہدوں پر دستخط", w, "سلک روڈ ریڈیو",
        "<p>بیجنگ میں ہونے والی تقریب میں زراعت، خصوصی اقتصادی زونز اور گوادر بندرگاہ سے متعلق سات معاہدوں پر دستخط کیے گئے</p><p>دونوں ممالک نے کراچی۔پشاور ریلوے منصوبے پر کام تیز کرنے پر بھی اتفاق کیا۔</p>",
        lambda k: it(k, "چین اور پاکستان کے درمیان سی پیک کے دوسرے مرحلے کے نئے معاہدوں پر دستخط", w, [], note="The brand as author."))
    w = d(13, 17, 0, 0, o)
    add("1744539000", "چینی وزارت خارجہ: بحیرہ جنوبی چین میں ضابطہ اخلاق پر مذاکرات جاری ہیں", w, "عائشہ ژانگ",
        "<p>آسیان ممالک کے ساتھ مذاکرات کا اگلا دور مئی میں ہوگا۔“ہم اختلافات کو بات چیت سے حل کرنا چاہتے ہیں”، وزارت خارجہ کی ترجمان وانگ لی پنگ نے کہا۔</p>",
        lambda k: it(k, "چینی وزارت خارجہ: بحیرہ جنوبی چین میں ضابطہ اخلاق پر مذاکرات جاری ہیں", w, ["عائشہ ژانگ"], quotes=[q("وانگ لی پنگ", "وزارت خارجہ")]))
    w = d(13, 12, 30, 0, o)
    add("1744520400", "بیجنگ میں موسم بہار کا پھولوں کا میلہ شروع", w, None,
        "<p>یوان مِنگ یوان پارک میں دس لاکھ سے زائد ٹیولپ کھل اٹھے ہیں۔</p>",
        lambda k: it(k, "بیجنگ میں موسم بہار کا پھولوں کا میلہ شروع", w, [], rel=False))
    w = d(12, 19, 45, 0, o)
    add("1744458300", "شنگھائی میں نئی میٹرو لائن کا افتتاح", w, "محمد ژو",
        "<p>لائن نمبر انیس کی لمبائی 44 کلومیٹر ہے اور اس پر 33 اسٹیشن ہیں</p>",
        lambda k: it(k, "شنگھائی میں نئی میٹرو لائن کا افتتاح", w, ["محمد ژو"], rel=False))
    w = d(12, 15, 20, 0, o)
    add("1744442400", "افغانستان کے لیے چین کی جانب سے گندم کی نئی کھیپ روانہ", w, "سلک روڈ ریڈیو",
        "<p>سنکیانگ سے روانہ ہونے والی ٹرین پر بیس ہزار ٹن گندم لدی ہے۔یہ کھیپ واخان کے راستے پہنچائی جائے گی</p>",
        lambda k: it(k, "افغانستان کے لیے چین کی جانب سے گندم کی نئی کھیپ روانہ", w, []))
    w = d(12, 9, 0, 0, o)
    add("1744419600", "چینی زبان سیکھیں: سبق نمبر ۱۲ — بازار میں خریداری", w, None,
        "<p>آج کے سبق میں سنیے: قیمت پوچھنا اور بھاؤ تاؤ کرنا۔</p>",
        lambda k: it(k, "چینی زبان سیکھیں: سبق نمبر ۱۲ — بازار میں خریداری", w, [], story=False, rel=False, note="Language lesson (radio programme page)."))
    channel = ("<title>سلک روڈ ریڈیو اردو - عالمی خبریں</title><link>https://urdu.silkroadradio.cn/world/</link><description>سلک روڈ ریڈیو کی اردو سروس</description><language>ur</language>"
               f"<copyright>Silk Road Radio International</copyright><pubDate>{rfc822(d(13, 20, 12, 0, o))}</pubDate>")
    return feed("ur_cn_silkroadradio_world.rss.xml", rss(channel, rows, sep=""), items, lang="ur", outlet="سلک روڈ ریڈیو اردو", aliases=["سلک روڈ ریڈیو", "Silk Road Radio Urdu"],
                structure="CRI Urdu-style RSS of a Chinese state radio's Urdu service: single line, Urdu channel 'برانڈ اردو - سیکشن', '/YYYY/MM/DD/ARTI<digits>.shtml' links as bare guids, CDATA titles and <p> descriptions (standfirst without final '۔', a missing space after '۔' and before a curly quote), <author> holding the brand, a person with a Chinese surname in Urdu script or nothing, Chinese transliterated names, CPEC, South China Sea and Afghan items beside a Beijing flower fair and a Shanghai metro line, a language-lesson page, +0800 dates")


# ---------------------------------------------------------------- London Urdu daily, custom Atom, +01:00 (BST)
def bartania():
    entries, items = [], []
    o = 1

    def add(nid, title, when, upd, authors, html, exp):
        url = f"https://www.dailybartania.co.uk/news/{nid}"
        key = f"https://www.dailybartania.co.uk/?p={nid}"
        au = "".join(f"<author><name>{esc(a)}</name></author>" for a in authors)
        entries.append(f"<entry>\n<title type=\"html\">{esc(title)}</title>\n<link rel=\"alternate\" href=\"{url}\"/>\n<id>{key}</id>\n{au}\n<updated>{upd.isoformat()}</updated>\n<published>{when.isoformat()}</published>\n"
                       f"<summary type=\"html\">{esc(html)}</summary>\n</entry>")
        items.append(exp(key))

    w = d(13, 18, 40, 0, o)
    add(77120, "برطانیہ اور پاکستان کے درمیان غیر قانونی تارکین وطن کی واپسی کا معاہدہ", w, d(13, 19, 5, 0, o), ["عمران قریشی"],
        "<p>ہوم آفس کے مطابق معاہدے کے تحت پہلے سال میں دو ہزار افراد کو واپس بھیجا جائے گا</p><p>“یہ معاہدہ دونوں ملکوں کے مفاد میں ہے”، پاکستانی ہائی کمیشن کے ترجمان فیصل درانی نے کہا۔</p>",
        lambda k: it(k, "برطانیہ اور پاکستان کے درمیان غیر قانونی تارکین وطن کی واپسی کا معاہدہ", w, ["عمران قریشی"], quotes=[q("فیصل درانی", "پاکستانی ہائی کمیشن")]))
    w = d(13, 15, 10, 0, o)
    add(77112, "برطانوی پارلیمنٹ میں کشمیر کی صورتحال پر بحث", w, w, ["نمائندہ خصوصی"],
        "<p>ویسٹ منسٹر ہال میں تین گھنٹے جاری رہنے والی بحث میں بیس سے زائد ارکان پارلیمنٹ نے حصہ لیا۔ دفتر خارجہ کے وزیر نے دوطرفہ مذاکرات پر زور دیا</p>",
        lambda k: it(k, "برطانوی پارلیمنٹ میں کشمیر کی صورتحال پر بحث", w, [], note="'نمائندہ خصوصی' (special correspondent) is not a person."))
    w = d(13, 11, 0, 0, o)
    add(77105, "بریڈفورڈ میں کونسل ٹیکس میں دس فیصد اضافہ", w, w, ["راشدہ بیگ، بریڈفورڈ"],
        "<p>کونسل کا کہنا ہے کہ سماجی خدمات کے اخراجات پورے کرنے کے لیے اضافہ ناگزیر تھا۔اپوزیشن نے فیصلے پر تنقید کی</p>",
        lambda k: it(k, "بریڈفورڈ میں کونسل ٹیکس میں دس فیصد اضافہ", w, ["راشدہ بیگ"], rel=False, note="Credit 'Name، City'."))
    w = d(12, 20, 20, 0, o)
    add(77098, "لندن میں ٹیوب کے کرایوں میں اضافے کا اعلان", w, w, ["ویب ڈیسک"],
        "<p>پیک اوقات میں زون ون کا کرایہ تین پاؤنڈ دس پنس ہو جائے گا۔</p>",
        lambda k: it(k, "لندن میں ٹیوب کے کرایوں میں اضافے کا اعلان", w, [], rel=False, note="'ویب ڈیسک' (web desk) is not a person."))
    w = d(12, 16, 45, 0, o)
    add(77090, "غزہ کے لیے برطانوی امداد میں چار کروڑ پاؤنڈ کا اضافہ", w, d(12, 17, 30, 0, o), ["ویب ڈیسک"],
        "<p>امداد اقوام متحدہ کے اداروں کے ذریعے پانی، خوراک اور طبی سامان کے لیے دی جائے گی</p><ul><li>فیلڈ ہسپتالوں کے لیے ایک کروڑ پاؤنڈ</li><li>مصر کے راستے ترسیل</li></ul>",
        lambda k: it(k, "غزہ کے لیے برطانوی امداد میں چار کروڑ پاؤنڈ کا اضافہ", w, []))
    w = d(12, 8, 0, 0, o)
    add(77081, "ضرورت رشتہ: اس ہفتے کے اشتہارات", w, w, ["روزنامہ برطانیہ"],
        "<p>برمنگھم میں مقیم ڈاکٹر لڑکی کے لیے رشتہ درکار ہے۔ رابطہ: 07700 900000</p>",
        lambda k: it(k, "ضرورت رشتہ: اس ہفتے کے اشتہارات", w, [], story=False, rel=False, note="Matrimonial advertisements."))
    head = ("<title>روزنامہ برطانیہ</title>\n<subtitle>برطانیہ اور یورپ سے اردو خبریں</subtitle>\n<link rel=\"alternate\" href=\"https://www.dailybartania.co.uk/\"/>\n<link rel=\"self\" href=\"https://www.dailybartania.co.uk/feed/atom/\"/>\n"
            f"<id>https://www.dailybartania.co.uk/feed/atom/</id>\n<updated>{d(13, 19, 5, 0, o).isoformat()}</updated>\n<rights>© Bartania Publications Ltd</rights>")
    text = atom(head, entries, ns=' xml:lang="ur"')
    return feed("ur_gb_dailybartania_news.atom.xml", text, items, lang="ur", outlet="روزنامہ برطانیہ", aliases=["Daily Bartania"], shape="atom", ctype="application/atom+xml; charset=UTF-8",
                structure="Atom feed of a London Urdu daily from a custom PHP CMS: no indentation, xml:lang ur, Urdu title and subtitle, '?p=<id>' entry ids with '/news/<id>' alternate links, title type=html, <author> BEFORE updated and published, names holding a person, 'Name، City', 'نمائندہ خصوصی', 'ویب ڈیسک' or the brand, html summaries with a standfirst without final '۔', a missing space after '۔', curly quotes, <ul> bullets, UK-Pakistan, Kashmir debate and Gaza items beside Bradford council tax and Tube fares, matrimonial adverts, Ltd rights, +01:00 (BST) stamps")


FEEDS = [vaduzer, suedwest, weseranzeiger, rtvtitano, ilgiuliano, portadocerco, capibaribe, silkroad, bartania]
