# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian, Portuguese and Urdu feeds of the twenty-first held-out set.
All outlets, people and quotations are invented; countries, cities and institutions appear
only as settings."""
from feeds_en import (
    BHUTAN,
    BORDER,
    BRIGADE,
    COP,
    ESSEQUIBO,
    EUAID,
    GAS,
    INDUS,
    KOSOVO,
    LVIV,
    MALI,
    MOGADISHU,
    OPEC,
    SEYCHELLES,
    TRIPOLI,
    Col,
    d,
    feed,
)
from mk import NS_ATOM, NS_CONTENT, NS_DC, cdata, esc, it, q, rfc822


# ---------------------------------------------------------------- Saarländischer Rundfunk-style public broadcaster on Sophora (Saarbrücken, +0100)
def saarwelle():
    c = Col("sw")
    o = 1

    def add(path, slug, title, when, teaser, alt, related, exp, sid=None):
        url = f"https://www.saarwelle.example/nachrichten/{path}/{slug}100.html"
        rel = "".join(f' <li> <a href="https://www.saarwelle.example/nachrichten/{path}/{s}100.html">{esc(t)}</a> </li>' for s, t in related)
        ul = f" <ul>{rel} </ul>" if related else ""
        img = f' <a href="{url}"><img src="https://www.saarwelle.example/bilder/{slug}v-original.jpg" alt="{esc(alt)}" title="{esc(alt)}" /></a> <br/> <br/>' if alt else " "
        c.add(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<pubDate>{rfc822(when)}</pubDate>\n<description>{esc(teaser)}</description>\n<guid>{url}</guid>\n"
              f"<content:encoded><![CDATA[ <p>{img}{teaser} </p>{ul} ]]></content:encoded>\n</item>", exp(url), sid)

    w = d(17, 16, 25, 20, o)
    add("politik_wirtschaft", "bundeswehr_brigade_litauen_vollstaendig_", "Bundeswehr-Brigade in Litauen vollständig aufgestellt", w,
        "Knapp 5.000 Soldatinnen und Soldaten sind jetzt in Rūdninkai bei Vilnius stationiert, darunter auch Panzergrenadiere aus Merzig. „Das ist ein Versprechen an unsere Verbündeten, und wir halten es“, sagte Brigadekommandeur Oberst Lars Hendriksen.",
        "Soldaten der Panzerbrigade 45 in Rūdninkai (Foto: dpa/Kay Nietfeld)", [("merziger_grenadiere_verabschiedet_", "Merziger Grenadiere nach Litauen verabschiedet")],
        lambda k: it(k, "Bundeswehr-Brigade in Litauen vollständig aufgestellt", w, [], junk=["Foto: dpa", "Merziger Grenadiere nach Litauen verabschiedet"], quotes=[q("Lars Hendriksen", "Brigadekommandeur")],
                     note="Sophora markup: a linked image whose alt text is the caption with the credit, then the teaser; related links in a <ul>. No author element."), BRIGADE)
    w = d(17, 14, 2, 41, o)
    add("politik_wirtschaft", "litauen_schliesst_grenzuebergang_belarus_", "Litauen schließt letzten Grenzübergang zu Belarus", w,
        "Wegen Schmuggelballons aus Belarus musste der Flughafen Vilnius im November schon viermal den Betrieb einstellen. Jetzt macht Litauen auch den Übergang Medininkai dicht",
        "Grenzübergang Medininkai (Foto: picture alliance/AP)", [],
        lambda k: it(k, "Litauen schließt letzten Grenzübergang zu Belarus", w, [], junk=["picture alliance"]), BORDER)
    w = d(17, 11, 48, 5, o)
    add("politik_wirtschaft", "frankreich_verlaengert_grenzkontrollen_", "Frankreich verlängert Kontrollen an der Grenze zum Saarland", w,
        "Paris hat die Kontrollen an den Übergängen Goldene Bremm und Saargemünd bis Ende April verlängert. Die Landesregierung will mit der Präfektur in Metz über Erleichterungen für Pendler sprechen.",
        "Polizeikontrolle an der Goldenen Bremm (Foto: SaarWelle/Jana Weiland)", [("pendler_grenzkontrollen_staus_", "Pendler klagen über Staus an der Grenze"), ("grenzkontrollen_faq_", "FAQ: Was Pendler jetzt wissen müssen")],
        lambda k: it(k, "Frankreich verlängert Kontrollen an der Grenze zum Saarland", w, [], junk=["Jana Weiland", "Pendler klagen über Staus"], note="French border policy seen from the Saarland: foreign policy."))
    w = d(17, 9, 30, 0, o)
    add("politik_wirtschaft", "landtag_doppelhaushalt_beschlossen_", "Landtag beschließt Doppelhaushalt 2028/2029", w,
        "Der Landtag hat den Doppelhaushalt mit den Stimmen der Regierungsfraktion verabschiedet.Die Opposition kritisiert die neuen Schulden für den Strukturwandel",
        None, [],
        lambda k: it(k, "Landtag beschließt Doppelhaushalt 2028/2029", w, [], rel=False, note="Regional politics; no image."))
    w = d(16, 21, 40, 0, o)
    add("sport", "fcs_verliert_in_essen_", "1. FC Saarbrücken verliert in Essen", w,
        "Der FCS hat das Drittliga-Spiel bei Rot-Weiss Essen mit 0:2 verloren.",
        "Enttäuschte FCS-Spieler (Foto: Imago/Hartenfelser)", [],
        lambda k: it(k, "1. FC Saarbrücken verliert in Essen", w, [], rel=False, junk=["Imago/Hartenfelser"]))
    w = d(16, 18, 5, 0, o)
    add("audio", "nachrichten_18_uhr_16_11_", "Nachrichten zum Nachhören: 18 Uhr", w,
        "Die Nachrichten der SaarWelle vom 16.11.2027, 18 Uhr.",
        None, [],
        lambda k: it(k, "Nachrichten zum Nachhören: 18 Uhr", w, [], story=False, rel=False, note="Audio newscast, not a story."))
    channel = ("<title>SaarWelle - Nachrichten</title>\n<link>https://www.saarwelle.example/nachrichten/index.html</link>\n<description>Aktuelle Nachrichten aus dem Saarland, Deutschland und der Welt</description>\n"
               f"<language>de</language>\n<copyright>SaarWelle</copyright>\n<lastBuildDate>{rfc822(d(17, 16, 30, 0, o))}</lastBuildDate>\n<docs>http://blogs.law.harvard.edu/tech/rss</docs>\n"
               "<image>\n<url>https://www.saarwelle.example/resources/img/logo_rss.png</url>\n<title>SaarWelle - Nachrichten</title>\n<link>https://www.saarwelle.example/nachrichten/index.html</link>\n</image>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"' + NS_CONTENT + ">\n<channel>\n" + channel + "\n" + "\n".join(c.rows) + "\n</channel>\n</rss>\n"
    return feed("de_saarwelle_nachrichten_sophora.rss.xml", text, c, lang="de", outlet="SaarWelle", declared="UTF-8", ctype="application/rss+xml;charset=UTF-8",
                structure="Saarländischer Rundfunk / tagesschau-style public broadcaster RSS from the Sophora CMS: no indentation, channel 'Brand - Nachrichten' with <docs> and <image>, pubDates with seconds, description BEFORE guid, links = guids ending in Sophora's '<slug>100.html', plain teaser description repeated inside a CDATA content:encoded that opens with a space, a linked image whose alt/title is the caption with '(Foto: Agentur/Name)' credit, two <br/>, the teaser, then a <ul> of related links; no author element, „…“ quotes, a teaser without final stop and a missing space after a full stop, an audio newscast, the broadcaster's brand as copyright, +0100 dates")


# ---------------------------------------------------------------- Salzburger Nachrichten-style daily on Polopoly (Salzburg, +0100)
def untersberger():
    c = Col("un")
    o = 1

    def add(cid, sec, slug, title, when, creator, teaser, exp, sid=None):
        url = f"https://www.untersberger.example/{sec}/{slug}-{cid * 7 % 1000000000:09d}"
        cr = f"\n      <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        c.add(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <guid isPermaLink=\"false\">1.{cid}</guid>\n      <category>{esc(sec.title())}</category>{cr}\n"
              f"      <pubDate>{rfc822(when)}</pubDate>\n      <description>{esc(teaser)}</description>\n    </item>", exp(f"1.{cid}"), sid)

    w = d(17, 18, 40, 0, o)
    add(14458213, "welt", "serbien-und-kosovo-einigen-sich-in-bruessel-auf-energie-fahrplan", "Serbien und Kosovo einigen sich in Brüssel auf Energie-Fahrplan", w, "APA/dpa",
        "<p><strong>Brüssel.</strong> Serbien und der Kosovo haben sich nach Angaben der EU auf einen Zeitplan für die Umsetzung ihres Energieabkommens geeinigt. Der EU-Sonderbeauftragte sprach von einem „kleinen, aber wichtigen Schritt“.</p>",
        lambda k: it(k, "Serbien und Kosovo einigen sich in Brüssel auf Energie-Fahrplan", w, [], junk=["Brüssel."], note="Agency credit 'APA/dpa'. ['APA', 'dpa'] is also correct"), KOSOVO)
    w = d(17, 15, 12, 0, o)
    add(14457930, "wirtschaft", "opec-plus-verlaengert-in-wien-die-foerderkuerzungen", "OPEC+ verlängert in Wien die Förderkürzungen", w, "Thomas Auinger (UN)",
        "<p><strong>Wien.</strong> Die Ölförderländer der OPEC+ drosseln ihre Produktion bis Ende Juni 2028 weiter um 2,2 Millionen Barrel pro Tag.Der Ölpreis gab trotzdem nach</p><p>„Der Markt glaubt nicht mehr an die Disziplin der Gruppe“, sagt die Wiener Energieanalystin Birgit Holzer.</p>",
        lambda k: it(k, "OPEC+ verlängert in Wien die Förderkürzungen", w, ["Thomas Auinger"], junk=["Wien.", "(UN)"], quotes=[q("Birgit Holzer", "Energieanalystin")], note="'Name (UN)': the paper's initials after the name."), OPEC)
    w = d(17, 11, 5, 0, o)
    add(14457512, "welt", "russische-drohnen-treffen-umspannwerke-bei-lemberg", "Russische Drohnen treffen Umspannwerke bei Lemberg", w, "APA/AFP/Reuters",
        "<p><strong>Kiew.</strong> Bei einem der größten Drohnenangriffe seit Monaten sind in der Westukraine zwei Umspannwerke getroffen worden. In Lemberg fiel in 200.000 Haushalten der Strom aus</p>",
        lambda k: it(k, "Russische Drohnen treffen Umspannwerke bei Lemberg", w, [], junk=["Kiew."], note="Agency credits only."), LVIV)
    w = d(17, 9, 0, 0, o)
    add(14457166, "kultur", "festspiele-intendant-bleibt-bis-2032", "Festspiele: Intendant bleibt bis 2032", w, "Maria Gruber",
        "<p><strong>Salzburg.</strong> Das Kuratorium hat den Vertrag des Intendanten der Salzburger Festspiele einstimmig verlängert.</p>",
        lambda k: it(k, "Festspiele: Intendant bleibt bis 2032", w, ["Maria Gruber"], rel=False, junk=["Salzburg."]))
    w = d(16, 20, 15, 0, o)
    add(14456890, "politik", "pensionen-steigen-2028-um-2-9-prozent", "Pensionen steigen 2028 um 2,9 Prozent", w, "red",
        "<p><strong>Wien.</strong> Die Regierung hat sich mit den Seniorenvertretern auf die Pensionsanpassung geeinigt.</p>",
        lambda k: it(k, "Pensionen steigen 2028 um 2,9 Prozent", w, [], rel=False, junk=["Wien."], note="Austrian domestic politics; 'red' (Redaktion) is not a person."))
    w = d(16, 7, 0, 0, o)
    add(14456544, "service", "newsletter-der-un-morgen-jetzt-anmelden", "Newsletter: Der UN-Morgen – jetzt kostenlos anmelden", w, None,
        "<p>Jeden Morgen um sechs die wichtigsten Nachrichten aus Salzburg und der Welt in Ihrem Postfach.</p>",
        lambda k: it(k, "Newsletter: Der UN-Morgen – jetzt kostenlos anmelden", w, [], story=False, rel=False, note="Newsletter promotion, not a story."))
    channel = ("    <title>Welt - Untersberger Nachrichten</title>\n    <link>https://www.untersberger.example/welt</link>\n    <description>Nachrichten aus aller Welt</description>\n    <language>de-AT</language>\n"
               f"    <copyright>Untersberger Nachrichten Verlags GmbH &amp; Co KG</copyright>\n    <lastBuildDate>{rfc822(d(17, 18, 45, 0, o))}</lastBuildDate>\n    <generator>Polopoly</generator>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"' + NS_DC + ">\n  <channel>\n" + channel + "\n" + "\n".join(c.rows) + "\n  </channel>\n</rss>\n"
    return feed("de_at_untersberger_welt_polopoly.rss.xml", text, c, lang="de", outlet="Untersberger Nachrichten", aliases=["UN"], declared="UTF-8",
                structure="Salzburger Nachrichten-style (Salzburg) daily's section RSS from Atex Polopoly: two-space nested indentation, channel 'Section - Brand', language de-AT, Polopoly generator, Polopoly content ids '1.<8 digits>' as non-permalink guids with '/<section>/<slug>-<9 digits>' links, <category> and dc:creator BEFORE pubDate, dc:creator holding 'APA/dpa', 'APA/AFP/Reuters', 'Name (UN)' (paper initials in brackets), a person, 'red' or nothing, escaped <p> teasers opening with a bold 'City.' dateline ending in a full stop, „…“ quotes, teasers without final stop and a missing space after a full stop, a newsletter promotion, Verlags GmbH & Co KG copyright, +0100 dates")


# ---------------------------------------------------------------- Badische Zeitung-style daily in ISO-8859-15 (Freiburg, +0100)
def dreisamzeitung():
    c = Col("dz")
    o = 1

    def add(aid, slug, title, when, author, desc, exp, sid=None):
        url = f"https://www.dreisam-zeitung.example/nachrichten/ausland/{slug}--{aid}.html"
        au = f"\n<author>{esc(author)}</author>" if author else ""
        c.add(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<guid isPermaLink=\"true\">{url}</guid>{au}\n<description>{esc(desc)}</description>\n<pubDate>{rfc822(when, 'de')}</pubDate>\n</item>", exp(url), sid)

    w = d(17, 20, 10, 0, o)
    add(251887, "eu-gipfel-einigt-sich-auf-90-milliarden-paket-fuer-die-ukraine", "EU-Gipfel einigt sich auf 90-Milliarden-€-Paket für die Ukraine", w, "dpa",
        "Brüssel (dpa) - Die Staats- und Regierungschefs der EU haben sich auf Hilfen von 90 Milliarden € für die Jahre 2028 und 2029 geeinigt. »Wir lassen die Ukraine nicht im Stich«, sagte EU-Haushaltskommissar Andrej Šimko nach dem Gipfel.",
        lambda k: it(k, "EU-Gipfel einigt sich auf 90-Milliarden-€-Paket für die Ukraine", w, ["dpa"], junk=["Brüssel (dpa) -"], quotes=[q("Andrej Šimko", "EU-Haushaltskommissar")], note="ISO-8859-15: the euro sign is byte A4 and Š is A6 (¤ and ¦ when read as ISO-8859-1). Agency as the only credit. [] is also correct"), EUAID)
    w = d(17, 16, 35, 0, o)
    add(251862, "islamisten-stuermen-hotel-in-mogadischu", "Somalia: Islamisten stürmen Hotel in Mogadischu", w, "AFP/dpa",
        "Mogadischu (AFP) - Bei einem Angriff der Terrormiliz Al-Shabaab auf ein Hotel nahe dem Präsidentenpalast sind mindestens elf Menschen getötet worden.Die Belagerung dauerte sechs Stunden",
        lambda k: it(k, "Somalia: Islamisten stürmen Hotel in Mogadischu", w, [], junk=["Mogadischu (AFP) -"], note="Two agencies as the credit. ['AFP', 'dpa'] is also correct"), MOGADISHU)
    w = d(17, 13, 20, 0, o)
    add(251840, "frankreich-regierung-uebersteht-misstrauensvotum", "Frankreich: Regierung übersteht Misstrauensvotum", w, "Jonas Brenner",
        "Von unserem Korrespondenten Jonas Brenner, Paris - Die französische Regierung hat ein Misstrauensvotum in der Nationalversammlung knapp überstanden. Es fehlten neun Stimmen.",
        lambda k: it(k, "Frankreich: Regierung übersteht Misstrauensvotum", w, ["Jonas Brenner"], junk=["Von unserem Korrespondenten", "Jonas Brenner, Paris"], note="Byline and dateline opening the description."))
    w = d(17, 10, 0, 0, o)
    add(251822, "weihnachtsmarkt-freiburg-messerverbot", "Freiburger Weihnachtsmarkt öffnet mit Messerverbot", w, "Lea Wiedemann/Sven Kaltenbach",
        "Freiburg - Auf dem Rathausplatz und dem Kartoffelmarkt gilt von Donnerstag an ein Messerverbot. Ein Glühwein kostet in diesem Jahr 4,50 €.",
        lambda k: it(k, "Freiburger Weihnachtsmarkt öffnet mit Messerverbot", w, ["Lea Wiedemann", "Sven Kaltenbach"], rel=False, junk=["Freiburg -"], note="Local news in the 'Ausland' feed; two persons joined by '/'."))
    w = d(16, 22, 30, 0, o)
    add(251799, "sc-freiburg-gewinnt-in-bremen", "SC Freiburg gewinnt in Bremen", w, "Marco Dietsche",
        "Bremen - Der SC Freiburg hat bei Werder Bremen mit 2:1 gewonnen.",
        lambda k: it(k, "SC Freiburg gewinnt in Bremen", w, ["Marco Dietsche"], rel=False, junk=["Bremen -"]))
    w = d(16, 12, 0, 0, o)
    add(251780, "tipps-fuers-wochenende-konzerte-maerkte-ausstellungen", "Tipps fürs Wochenende: Konzerte, Märkte, Ausstellungen", w, None,
        "Was ist los in Freiburg und der Region? Unsere Auswahl für Samstag und Sonntag - vom Lichtermarkt in Staufen bis zum Jazz im Jazzhaus (Eintritt 18 €).",
        lambda k: it(k, "Tipps fürs Wochenende: Konzerte, Märkte, Ausstellungen", w, [], story=False, rel=False, note="Weekend listings, not a story."))
    channel = ("<title>Dreisam-Zeitung: Ausland</title>\n<link>https://www.dreisam-zeitung.example/nachrichten/ausland/</link>\n<description>Nachrichten aus dem Ausland - Dreisam-Zeitung</description>\n"
               f"<language>de-de</language>\n<copyright>Dreisam-Zeitung GmbH, Freiburg</copyright>\n<pubDate>{rfc822(d(17, 20, 15, 0, o), 'de')}</pubDate>\n<ttl>15</ttl>")
    text = '<?xml version="1.0" encoding="ISO-8859-15"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(c.rows) + "\n</channel>\n</rss>\n"
    return feed("de_dreisamzeitung_ausland_latin9.rss.xml", text, c, lang="de", outlet="Dreisam-Zeitung", aliases=["Dreisam Zeitung"], encoding="iso-8859-15", declared="ISO-8859-15",
                ctype="text/xml; charset=ISO-8859-15",
                structure="Badische Zeitung-style (Freiburg) daily's 'Ausland' RSS from a bespoke PHP CMS, encoded in ISO-8859-15 (Latin-9) and declared so in prolog and header: € signs (byte A4) in a title and descriptions and 'Š' (byte A6) in a name, which read as ISO-8859-1 give '¤' and '¦'; no indentation, channel 'Brand: Ausland', language de-de, <ttl>, pubDates with German day and month names ('Mi, 17 Nov 2027'), '--<id>.html' permalink guids, <author> holding 'dpa', 'AFP/dpa', 'Name/Name', a person or nothing, plain descriptions opening with 'City (agency) -' or 'City -' datelines (a plain hyphen: Latin-9 has no dash) or with 'Von unserem Korrespondenten Name, City -', »…« quotes (Latin-9 has no „“), a missing space after a full stop, weekend listings, GmbH copyright, +0100 dates")


# ---------------------------------------------------------------- Agenzia Nova-style international news agency (Rome, +0100)
def agenzialevante():
    c = Col("al")
    o = 1

    def add(aid, slug, title, when, body, sig, exp, sid=None):
        url = f"https://www.agenzialevante.example/a/{slug}/{aid}"
        stamp = f"Roma, {when.day} nov {when:%H:%M} - (Agenzia Levante) - "
        c.add(f"<item><title>{esc(title)}</title><link>{url}</link><guid isPermaLink=\"false\">{aid}</guid><pubDate>{rfc822(when, 'it')}</pubDate>"
              f"<description>{esc('<p>' + stamp + body + ' (' + sig + ')</p>')}</description></item>", exp(str(aid)), sid)

    w = d(17, 15, 5, 0, o)
    add(2284417, "algeria-mali-richiamato-ambasciatore", "Algeria-Mali: Algeri richiama l'ambasciatore dopo la caduta di un drone vicino a Tinzaouatine", w,
            "L'Algeria ha richiamato per consultazioni il proprio ambasciatore a Bamako dopo che un drone dell'esercito maliano è precipitato in territorio algerino. Lo riferisce una nota del ministero degli Esteri di Algeri, che parla della «terza violazione dello spazio aereo da settembre».", "Res",
            lambda k: it(k, "Algeria-Mali: Algeri richiama l'ambasciatore dopo la caduta di un drone vicino a Tinzaouatine", w, [], junk=["(Agenzia Levante)", "(Res)"], note="'Paese: frase' title; agency stamp 'Roma, D mon HH:MM - (Agency) -' and an editor code '(Res)' at the end."), MALI)
    w = d(17, 13, 40, 0, o)
    add(2284390, "italia-algeria-transmed-capacita", "Italia-Algeria: Sonatrach ed Energia Tirrena firmano intesa per aumentare la capacità del Transmed", w,
            "L'accordo, firmato ad Algeri, prevede 4 miliardi di metri cubi in più all'anno dal 2029.«È un passo decisivo per la sicurezza energetica del Mediterraneo», ha dichiarato l'amministratore delegato di Energia Tirrena, Stefano Gallina", "Mag",
            lambda k: it(k, "Italia-Algeria: Sonatrach ed Energia Tirrena firmano intesa per aumentare la capacità del Transmed", w, [], junk=["(Agenzia Levante)", "(Mag)"], quotes=[q("Stefano Gallina", "Energia Tirrena")]), GAS)
    w = d(17, 19, 55, 0, o)
    add(2284502, "serbia-kosovo-intesa-bruxelles-energia", "Serbia-Kosovo: intesa a Bruxelles sul calendario dell'accordo energetico", w,
            "I leader di Serbia e Kosovo hanno concordato a Bruxelles un calendario per l'attuazione della tabella di marcia sull'energia del 2022, ha riferito la portavoce dell'Alto rappresentante Ue, Lotte Maes", "Bel",
            lambda k: it(k, "Serbia-Kosovo: intesa a Bruxelles sul calendario dell'accordo energetico", w, [], junk=["(Agenzia Levante)", "(Bel)"]), KOSOVO)
    w = d(17, 9, 15, 0, o)
    add(2284321, "libia-scontri-tripoli-mitiga", "Libia: scontri tra milizie a Tripoli, sospesi i voli all'aeroporto di Mitiga", w,
            "Scontri armati tra la Brigata 444 e la Forza di deterrenza Rada sono in corso dalla notte nel quartiere di Souq al Juma. I voli sono stati dirottati su Misurata", "Trp",
            lambda k: it(k, "Libia: scontri tra milizie a Tripoli, sospesi i voli all'aeroporto di Mitiga", w, [], junk=["(Agenzia Levante)", "(Trp)"]), TRIPOLI)
    w = d(16, 17, 20, 0, o)
    add(2284210, "energia-arera-bollette-luce-dicembre", "Energia: Arera, bollette della luce in calo del 3 per cento a dicembre", w,
            "Per i clienti vulnerabili in regime di tutela la spesa scende a 27,4 centesimi per kilowattora.", "Eco",
            lambda k: it(k, "Energia: Arera, bollette della luce in calo del 3 per cento a dicembre", w, [], rel=False, junk=["(Agenzia Levante)", "(Eco)"], note="Italian domestic energy prices."))
    w = d(17, 7, 30, 0, o)
    add(2284290, "agenda-esteri-giovedi-18-novembre", "Agenda esteri: gli appuntamenti di giovedì 18 novembre", w,
            "Bruxelles: Consiglio Affari esteri. Addis Abeba: sessione plenaria conclusiva della Cop32. Tripoli: riunione del Consiglio presidenziale.", "Res",
            lambda k: it(k, "Agenda esteri: gli appuntamenti di giovedì 18 novembre", w, [], story=False, rel=False, note="Next day's diary, not a story."))
    channel = ("<title>Agenzia Levante - Esteri</title><link>https://www.agenzialevante.example/esteri</link><description>Agenzia Levante - notizie dal mondo</description><language>it-IT</language>"
               "<copyright>Agenzia Levante S.r.l. - P.IVA 09876543210</copyright>" f"<lastBuildDate>{rfc822(d(17, 20, 0, 0, o), 'it')}</lastBuildDate>"
               '<atom:link href="https://www.agenzialevante.example/rss/esteri.xml" rel="self" type="application/rss+xml"/>')
    c.rows[:] = [c.rows[i] for i in (2, 0, 1, 3, 5, 4)]
    text = '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"' + NS_ATOM + "><channel>" + channel + "".join(c.rows) + "</channel></rss>\n"
    return feed("it_agenzialevante_esteri.rss.xml", text, c, lang="it", outlet="Agenzia Levante", declared="UTF-8",
                structure="Agenzia Nova-style (Rome) international news agency RSS from a bespoke CMS: one line, channel 'Brand - Esteri', self atom:link, pubDates with Italian day and month names ('mer, 17 nov 2027'), numeric non-permalink guids with '/a/<slug>/<id>' links, no author element, 'Country-Country: phrase' and 'Topic: phrase' titles, escaped <p> bodies opening with the agency stamp 'Roma, 17 nov 15:05 - (Brand) - ' and ending with an editor code '(Res)', «…» quotes, sentences without final stop and a missing space before a «, a next-day foreign-news diary, S.r.l. copyright with VAT number, +0100 dates")


# ---------------------------------------------------------------- L'Arena-style daily on WordPress with the Newspaper theme (Verona, pubDate +0000, language declared en-US)
def corrierescaligero():
    c = Col("cs")

    def add(pid, slug, title, when, creator, cats, excerpt, content, exp, sid=None):
        url = f"https://www.corrierescaligero.example/{slug}/"
        cat = "".join(f"\n\t\t<category><![CDATA[{x}]]></category>" for x in cats)
        post = f"<p>L&#8217;articolo <a href=\"{url}\">{title}</a> proviene da <a href=\"https://www.corrierescaligero.example\">Corriere Scaligero</a>.</p>\n"
        c.add(f"\t<item>\n\t\t<title>{title}</title>\n\t\t<link>{url}</link>\n\t\t\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{rfc822(when.astimezone(dt0))}</pubDate>{cat}\n"
              f"\t\t<guid isPermaLink=\"false\">https://www.corrierescaligero.example/?p={pid}</guid>\n\n\t\t\t\t\t<description><![CDATA[{excerpt}\n{post}]]></description>\n"
              f"\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{content}\n{post}]]></content:encoded>\n\t\t\t\t\t\n\t\t\n\t\t\n\t\t<post-id xmlns=\"com-wordpress:feed-additions:1\">{pid}</post-id>\t</item>", exp(f"https://www.corrierescaligero.example/?p={pid}"), sid)

    dt0 = d(1, 0, 0).tzinfo
    o = 1
    w = d(17, 18, 20, 0, o)
    add(512944, "migranti-corte-appello-non-convalida-trattenimenti-albania", "Migranti, la Corte d&#8217;appello non convalida i trattenimenti nel centro in Albania", w, "Redazione", ["Italia", "Mondo"],
        "<p>I giudici hanno disposto il rientro in Italia dei dodici migranti trasferiti a Gjader la settimana scorsa [&#8230;]</p>",
        "<p>I giudici hanno disposto il rientro in Italia dei dodici migranti trasferiti a Gjader la settimana scorsa.Il Viminale annuncia ricorso in Cassazione</p>\n<p>«Il protocollo con Tirana resta pienamente valido», ha detto il sottosegretario Giulio Ferrandi.</p>",
        lambda k: it(k, "Migranti, la Corte d’appello non convalida i trattenimenti nel centro in Albania", w, [], junk=["proviene da", "[…]"], quotes=[q("Giulio Ferrandi", "sottosegretario")],
                     note="Italy-Albania migration protocol: foreign policy. 'Redazione' is a desk credit."))
    w = d(17, 12, 45, 0, o)
    add(512930, "libia-scontri-a-tripoli-chiuso-aeroporto-mitiga", "Libia, scontri a Tripoli: chiuso l&#8217;aeroporto di Mitiga", w, "Ansa", ["Mondo"],
        "<p>Combattimenti tra milizie rivali nella capitale libica dalla notte [&#8230;]</p>",
        "<p>Combattimenti tra milizie rivali nella capitale libica dalla notte. La Farnesina invita gli italiani a restare in casa.</p>",
        lambda k: it(k, "Libia, scontri a Tripoli: chiuso l’aeroporto di Mitiga", w, ["Ansa"], junk=["proviene da", "[…]"], note="Agency as the only credit. [] is also correct"), TRIPOLI)
    w = d(17, 20, 5, 0, o)
    add(512958, "ucraina-via-libera-ue-a-90-miliardi-cosa-prevede-il-pacchetto", "Ucraina, via libera Ue a 90 miliardi: cosa prevede il pacchetto", w, "Chiara Benedetti", ["Mondo", "Europa"],
        "<p>Dai prestiti per la difesa agli aiuti per la ricostruzione: ecco cosa hanno deciso i leader europei a Bruxelles [&#8230;]</p>",
        "<p>Dai prestiti per la difesa agli aiuti per la ricostruzione: ecco cosa hanno deciso i leader europei a Bruxelles.</p>\n<ul>\n<li>60 miliardi in prestiti</li>\n<li>30 miliardi a fondo perduto</li>\n</ul>",
        lambda k: it(k, "Ucraina, via libera Ue a 90 miliardi: cosa prevede il pacchetto", w, ["Chiara Benedetti"], junk=["proviene da", "[…]"]), EUAID)
    w = d(17, 9, 30, 0, o)
    add(512921, "verona-filobus-linea-marzo", "Verona, la nuova linea del filobus partirà a marzo", w, "Luca Tommasi", ["Verona", "Cronaca"],
        "<p>Il primo tratto collegherà la stazione di Porta Nuova con Borgo Roma [&#8230;]</p>",
        "<p>Il primo tratto collegherà la stazione di Porta Nuova con Borgo Roma.</p>",
        lambda k: it(k, "Verona, la nuova linea del filobus partirà a marzo", w, ["Luca Tommasi"], rel=False, junk=["proviene da"]))
    w = d(16, 22, 50, 0, o)
    add(512907, "hellas-verona-ko-a-bergamo", "Hellas Verona, ko a Bergamo: decide un rigore nel finale", w, "Redazione Sport", ["Sport", "Hellas"],
        "<p>I gialloblù cedono 1-0 all&#8217;Atalanta [&#8230;]</p>",
        "<p>I gialloblù cedono 1-0 all&#8217;Atalanta.</p>",
        lambda k: it(k, "Hellas Verona, ko a Bergamo: decide un rigore nel finale", w, [], rel=False, junk=["proviene da"]))
    w = d(16, 8, 0, 0, o)
    add(512890, "farmacie-di-turno-verona-provincia-16-novembre", "Farmacie di turno a Verona e provincia oggi, 16 novembre", w, "Redazione", ["Servizi"],
        "<p>Ecco l&#8217;elenco delle farmacie aperte [&#8230;]</p>",
        "<p>Ecco l&#8217;elenco delle farmacie aperte.</p><ul><li>Verona centro: Farmacia Erbe, piazza Erbe 12</li><li>San Bonifacio: Farmacia Comunale, via Roma 3</li></ul>",
        lambda k: it(k, "Farmacie di turno a Verona e provincia oggi, 16 novembre", w, [], story=False, rel=False, note="Pharmacy rota, not a story."))
    c.rows[:] = [c.rows[i] for i in (2, 0, 1, 3, 4, 5)]
    channel = ("\t<title>Mondo &#8211; Corriere Scaligero</title>\n\t<atom:link href=\"https://www.corrierescaligero.example/category/mondo/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n"
               "\t<link>https://www.corrierescaligero.example</link>\n\t<description>Il quotidiano online di Verona</description>\n" f"\t<lastBuildDate>{rfc822(d(17, 19, 6, 0, 0))}</lastBuildDate>\n"
               "\t<language>en-US</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.8.3</generator>\n"
               "\n<image>\n\t<url>https://www.corrierescaligero.example/wp-content/uploads/2023/05/cs-favicon-32x32.png</url>\n\t<title>Mondo &#8211; Corriere Scaligero</title>\n\t<link>https://www.corrierescaligero.example</link>\n\t<width>32</width>\n\t<height>32</height>\n</image> \n<site xmlns=\"com-wordpress:feed-additions:1\">219887412</site>")
    ns = (NS_CONTENT + '\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\t' + NS_DC.strip() + '\n\t' + NS_ATOM.strip() + '\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t')
    text = '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\t' + ns.lstrip() + ">\n\n<channel>\n" + channel + "\n" + "\n".join(c.rows) + "\n\t</channel>\n</rss>\n"
    return feed("it_corrierescaligero_mondo_wp.rss.xml", text, c, lang="it", outlet="Corriere Scaligero", declared="UTF-8", ctype="application/rss+xml; charset=UTF-8",
                notes="The channel declares <language>en-US</language> (WordPress's default left unchanged) over Italian text.",
                structure="L'Arena-style (Verona) online daily's category feed on WordPress with the tagDiv Newspaper theme and Yoast: WordPress's tab indentation and stray blank lines, <language>en-US</language> although every item is Italian, sy:updatePeriod with whitespace around the value, the Jetpack '<site xmlns=\"com-wordpress:feed-additions:1\">' and per-item <post-id>, channel 'Section &#8211; Brand', pubDates in +0000, '?p=<id>' guids, CDATA dc:creator holding a person, 'Redazione', 'Redazione Sport' or 'Ansa', several CDATA categories, &#8217; entities in titles, excerpt descriptions ending ' [&#8230;]' and, like content:encoded, Yoast's Italian footer 'L’articolo <Title> proviene da <Brand>.', «…» quotes, <ul> bullets, a missing space after a full stop, a pharmacy rota")


# ---------------------------------------------------------------- O Liberal-style daily (Belém, Brazil, -0300)
def diariodoguama():
    c = Col("dg")
    o = -3

    def add(aid, sec, slug, title, when, creators, desc, exp, sid=None):
        url = f"https://www.diariodoguama.example/{sec}/{aid}-{slug}"
        cr = "".join(f"\n\t<dc:creator>{esc(x)}</dc:creator>" for x in creators)
        c.add(f"<item>\n\t<title>{cdata(title)}</title>\n\t<link>{url}</link>\n\t<guid isPermaLink=\"true\">{url}</guid>{cr}\n\t<pubDate>{rfc822(when)}</pubDate>\n\t<description>{cdata(desc)}</description>\n\t<media:content url=\"https://img.diariodoguama.example/{aid}.jpg\" type=\"image/jpeg\" medium=\"image\"><media:credit>{esc(credit.get(aid, 'Divulgação'))}</media:credit></media:content>\n</item>", exp(url), sid)

    credit = {981044: "Reprodução / ONU Clima", 981031: "Reuters / Leonardo Fernandez Viloria", 980977: "Igor Mota / Diário do Guamá"}
    w = d(17, 21, 40, 0, o)
    add(981044, "mundo", "cop32-termina-em-adis-abeba-com-acordo-para-triplicar-financiamento", "COP32 termina em Adis Abeba com acordo para triplicar financiamento de adaptação", w, ["Redação Integrada", "Agência Brasil"],
        "<p>Dois anos depois da COP30 em Belém, negociadores de quase 200 países fecharam na Etiópia um acordo para triplicar até 2030 os recursos para adaptação às mudanças climáticas</p><p>“É menos do que Belém pediu, mas é um passo”, disse a negociadora-chefe do Brasil, Helena Vasconcelos.</p>",
        lambda k: it(k, "COP32 termina em Adis Abeba com acordo para triplicar financiamento de adaptação", w, [], quotes=[q("Helena Vasconcelos", "negociadora-chefe do Brasil")], note="Newsroom and agency credits only (one dc:creator each). ['Agência Brasil'] is also correct"), COP)
    w = d(17, 15, 10, 0, o)
    add(981031, "mundo", "venezuela-reforca-tropas-na-fronteira-com-a-guiana", "Venezuela reforça tropas na fronteira com a Guiana; Itamaraty pede diálogo", w, ["Agência Brasil"],
        "<p>O Itamaraty divulgou nota em que pede “contenção” a Caracas e Georgetown enquanto a Corte Internacional de Justiça ouve os dois países sobre o Essequibo.Roraima reforçou o policiamento em Pacaraima</p>",
        lambda k: it(k, "Venezuela reforça tropas na fronteira com a Guiana; Itamaraty pede diálogo", w, ["Agência Brasil"], junk=["Leonardo Fernandez Viloria"], note="Agency as the only credit. [] is also correct"), ESSEQUIBO)
    w = d(17, 11, 25, 0, o)
    add(981012, "mundo", "brasil-e-peru-assinam-acordo-para-estudo-de-ferrovia-bioceanica", "Brasil e Peru assinam acordo para estudo de ferrovia bioceânica", w, ["Por Carolina Pinheiro"],
        "<p>O estudo de viabilidade do trecho entre o Acre e o porto de Chancay deve ficar pronto em 18 meses.</p>",
        lambda k: it(k, "Brasil e Peru assinam acordo para estudo de ferrovia bioceânica", w, ["Carolina Pinheiro"], junk=["Por Carolina Pinheiro"], note="'Por Name' in dc:creator."))
    w = d(16, 18, 0, 0, o)
    add(980977, "belem", "brt-almirante-barroso-obras-terminam-em-marco", "BRT: obras na Almirante Barroso terminam em março, diz prefeitura", w, ["Por Igor Mota"],
        "<p>A prefeitura de Belém prometeu liberar as faixas exclusivas antes do Carnaval.</p>",
        lambda k: it(k, "BRT: obras na Almirante Barroso terminam em março, diz prefeitura", w, ["Igor Mota"], rel=False, junk=["Por Igor Mota"]))
    w = d(16, 22, 45, 0, o)
    add(980990, "esportes", "paysandu-vence-o-remo-no-re-pa", "Paysandu vence o Remo no Re-Pa e sai da zona de rebaixamento", w, ["Redação Integrada"],
        "<p>O Papão venceu por 2 a 1 na Curuzu.</p>",
        lambda k: it(k, "Paysandu vence o Remo no Re-Pa e sai da zona de rebaixamento", w, [], rel=False))
    w = d(16, 17, 30, 0, o)
    add(980970, "videos", "assista-por-do-sol-na-estacao-das-docas", "Assista: o pôr do sol na Estação das Docas visto de drone", w, [],
        "",
        lambda k: it(k, "Assista: o pôr do sol na Estação das Docas visto de drone", w, [], story=False, rel=False, note="Video clip with an empty description, not a story."))
    channel = ("<title>Mundo | Diário do Guamá</title>\n<link>https://www.diariodoguama.example/mundo</link>\n<description>As últimas notícias do mundo no Diário do Guamá</description>\n<language>pt-br</language>\n"
               "<copyright>Copyright © 2027 Grupo Guamá de Comunicação. Todos os direitos reservados.</copyright>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"' + NS_DC + ' xmlns:media="http://search.yahoo.com/mrss/">\n<channel>\n' + channel + "\n" + "\n".join(c.rows) + "\n</channel>\n</rss>\n"
    return feed("pt_br_diariodoguama_mundo.rss.xml", text, c, lang="pt", outlet="Diário do Guamá", aliases=["Diario do Guama"], declared="UTF-8",
                structure="O Liberal-style (Belém, Pará) daily's section RSS from a custom CMS: items without indentation of the <item> tag but tab-indented children, channel 'Seção | Marca', language pt-br, '/<seção>/<id>-<slug>' permalink guids, one dc:creator per credit ('Redação Integrada', 'Agência Brasil', 'Por Name'), CDATA titles and <p> descriptions, media:content with a media:credit ('Reprodução / ONU Clima', 'Agency / Photographer', 'Name / Brand', 'Divulgação'), “…” quotes, a standfirst without final stop and a missing space after a full stop, a drone video with an empty CDATA description, Grupo de Comunicação copyright, -0300 dates, one sport item out of date order")


# ---------------------------------------------------------------- Açoriano Oriental-style daily on Umbraco (Ponta Delgada, Azores, -0100)
def omicaelense():
    c = Col("om")
    o = -1

    def add(key, slug, title, when, author, desc, exp, sid=None):
        url = f"https://www.omicaelense.example/noticia/{slug}"
        au = f"<author>{esc(author)}</author>" if author else ""
        c.add(f"<item><guid isPermaLink=\"false\">{key}</guid><title>{esc(title)}</title><link>{url}</link>{au}<description>{esc(desc)}</description><pubDate>{rfc822(when)}</pubDate></item>", exp(key), sid)

    w = d(17, 17, 50, 0, o)
    add("4f3a9c1e-7b2d-4e8a-9d61-0c5b2e7a1f93", "eua-vao-reforcar-avioes-tanque-na-base-das-lajes", "EUA vão reforçar presença de aviões-tanque na Base das Lajes", w, "Rui Medeiros",
        "<p>O Pentágono comunicou ao Governo português que vai destacar mais seis aviões-tanque para a Base das Lajes, na ilha Terceira, a partir de Janeiro</p><p>“É o reconhecimento do valor estratégico dos Açores”, afirmou o representante da República, Mário Furtado.</p>",
        lambda k: it(k, "EUA vão reforçar presença de aviões-tanque na Base das Lajes", w, ["Rui Medeiros"], quotes=[q("Mário Furtado", "representante da República")]))
    w = d(17, 14, 20, 0, o)
    add("a81e02d4-3c55-4b7f-8e0a-6d2f91c4b7e5", "cop32-portugal-promete-20-milhoes-para-fundo-de-adaptacao", "COP32: Portugal promete 20 milhões de euros para fundo de adaptação", w, "Lusa",
        "<p>O ministro do Ambiente anunciou em Adis Abeba a contribuição portuguesa, que será paga em quatro anos.De facto, é o dobro do valor prometido na COP30</p>",
        lambda k: it(k, "COP32: Portugal promete 20 milhões de euros para fundo de adaptação", w, ["Lusa"], note="Agency as the only credit. [] is also correct"))
    w = d(17, 10, 5, 0, o)
    add("c0d7e6a2-91f4-4a3b-b5c8-2e7f0a9d3b16", "ucrania-drones-russos-atingem-subestacoes-perto-de-lviv", "Ucrânia: drones russos atingem subestações eléctricas perto de Lviv", w, "Lusa/AFP",
        "<p>Cerca de 200 mil casas ficaram sem electricidade na região de Lviv, no oeste da Ucrânia, após um ataque com mais de 100 drones, anunciou Quieve.</p>",
        lambda k: it(k, "Ucrânia: drones russos atingem subestações eléctricas perto de Lviv", w, [], note="European Portuguese pre-1990 spelling ('eléctricas', 'Quieve'). Agencies only. ['Lusa', 'AFP'] is also correct"), LVIV)
    w = d(16, 19, 40, 0, o)
    add("7e5b3f90-2a6c-4d18-a3e7-b9c0d4f2e851", "governo-regional-aprova-plano-de-obras-do-hdes", "Governo Regional aprova plano de obras para o Hospital do Divino Espírito Santo", w, "Ana Sofia Botelho",
        "<p>As obras de recuperação do bloco afectado pelo incêndio de 2024 custam 38 milhões de euros.</p>",
        lambda k: it(k, "Governo Regional aprova plano de obras para o Hospital do Divino Espírito Santo", w, ["Ana Sofia Botelho"], rel=False, note="Regional politics."))
    w = d(16, 22, 10, 0, o)
    add("d2c4a6e8-0b1f-4c3d-9e5a-7f8b0c1d2e3f", "santa-clara-empata-com-o-sporting", "Santa Clara empata com o Sporting no Estádio de São Miguel", w, "AO Desporto",
        "<p>O golo açoriano foi marcado aos 88 minutos.</p>",
        lambda k: it(k, "Santa Clara empata com o Sporting no Estádio de São Miguel", w, [], rel=False, note="Desk credit."))
    w = d(15, 8, 0, 0, o)
    add("1b9e8d7c-6f5a-4e3d-2c1b-0a9f8e7d6c5b", "tabela-de-mares-15-a-21-de-novembro", "Tabela de marés: 15 a 21 de Novembro", w, None,
        "<p>Ponta Delgada – preia-mar 04:12 e 16:31; baixa-mar 10:20 e 22:44.</p>",
        lambda k: it(k, "Tabela de marés: 15 a 21 de Novembro", w, [], story=False, rel=False, note="Tide table, not a story."))
    channel = ("<title>O Micaelense - Mundo</title><link>https://www.omicaelense.example/mundo</link><description>Notícias do Mundo</description><language>pt-PT</language>"
               f"<lastBuildDate>{rfc822(d(17, 17, 52, 0, o))}</lastBuildDate><copyright>© O Micaelense, Publicações Açorianas, Lda.</copyright>")
    text = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>' + channel + "".join(c.rows) + "</channel></rss>"
    return feed("pt_pt_omicaelense_mundo_umbraco.rss.xml", text, c, lang="pt", outlet="O Micaelense", aliases=["Micaelense"], ctype="text/xml; charset=utf-8",
                structure="Açoriano Oriental-style (Ponta Delgada, Azores) daily's RSS from an Umbraco (ASP.NET) razor template: one line with no final newline, channel 'Marca - Mundo', language pt-PT, guid FIRST holding Umbraco's content key (a GUID) as non-permalink, '/noticia/<slug>' links, <author> holding a person, 'Lusa', 'Lusa/AFP', the desk 'AO Desporto' or nothing, escaped <p> descriptions BEFORE pubDate, “…” quotes, pre-1990 European Portuguese spellings ('eléctricas', 'afectado', 'Janeiro', 'De facto', 'Quieve'), a standfirst without final stop and a missing space after a full stop, a tide table, Lda. copyright, -0100 (Azores winter time) dates")


# ---------------------------------------------------------------- Srinagar Urdu daily (Kashmir, India, +0530, language declared 'ar')
def wular():
    c = Col("wu")
    o = 5.5

    def add(aid, title, when, creator, desc, exp, sid=None):
        url = f"https://www.roznamawular.example/news/{aid}"
        cr = f"<dc:creator>{cdata(creator)}</dc:creator>" if creator else ""
        c.add(f"<item><title>{cdata(title)}</title><link>{url}</link>{cr}<pubDate>{rfc822(when)}</pubDate><category>{cdata('عالمی خبریں')}</category><guid isPermaLink=\"true\">{url}</guid>"
              f"<description>{cdata(desc)}</description></item>", exp(url), sid)

    w = d(17, 20, 10, 0, o)
    add(77120, "سندھ طاس معاہدہ: غیر جانبدار ماہر کی سماعت ویانا میں شروع", w, "خصوصی نامہ نگار",
        "<p><strong>سرینگر،۱۷ نومبر:</strong> سندھ طاس معاہدے کے تحت کشن گنگا اور رتلے پن بجلی منصوبوں پر غیر جانبدار ماہر کی سماعت بدھ کو ویانا میں شروع ہو گئی۔بھارت اور پاکستان کے وفود تین دن تک دلائل دیں گے</p>",
        lambda k: it(k, "سندھ طاس معاہدہ: غیر جانبدار ماہر کی سماعت ویانا میں شروع", w, [], junk=["سرینگر،۱۷ نومبر:"], note="Urdu dateline 'City،date:' in bold; 'خصوصی نامہ نگار' (special correspondent) is not a name."), INDUS)
    w = d(17, 17, 45, 0, o)
    add(77112, "بھوٹان اور چین کے درمیان سرحدی مذاکرات کا ۲۶واں دور بیجنگ میں مکمل", w, "ویب ڈیسک",
        "<p><strong>نئی دہلی،۱۷ نومبر:</strong> بھوٹان اور چین نے سرحدی مذاکرات کا ۲۶واں دور مکمل کر لیا ہے اور ۲۰۲۱ کے تین نکاتی روڈ میپ پر تیزی سے عمل کرنے پر اتفاق کیا ہے۔</p>",
        lambda k: it(k, "بھوٹان اور چین کے درمیان سرحدی مذاکرات کا ۲۶واں دور بیجنگ میں مکمل", w, [], junk=["نئی دہلی،۱۷ نومبر:"], note="'ویب ڈیسک' (web desk) credit."), BHUTAN)
    w = d(17, 13, 30, 0, o)
    add(77105, "بھارت اور سیشلز کے درمیان بحری نگرانی کا معاہدہ", w, "نثار احمد بٹ",
        "<p><strong>نئی دہلی،۱۷ نومبر:</strong> بھارت اور سیشلز نے بحر ہند میں بحری نگرانی کے ایک معاہدے پر دستخط کیے ہیں۔</p><p>”یہ معاہدہ سمندری قزاقی کے خلاف ہماری مشترکہ ڈھال ہے“، سیشلز کی وزیر خارجہ میری تھریس ہوارو نے کہا۔</p>",
        lambda k: it(k, "بھارت اور سیشلز کے درمیان بحری نگرانی کا معاہدہ", w, ["نثار احمد بٹ"], junk=["نئی دہلی،۱۷ نومبر:"], quotes=[q("میری تھریس ہوارو", "سیشلز کی وزیر خارجہ")]), SEYCHELLES)
    w = d(17, 9, 15, 0, o)
    add(77098, "سرینگر میں شدید سردی، ڈل جھیل کے کنارے جم گئے", w, "نثار احمد بٹ",
        "<p><strong>سرینگر،۱۷ نومبر:</strong> سرینگر میں رات کا درجہ حرارت منفی ۴.۲ ڈگری تک گر گیا</p>",
        lambda k: it(k, "سرینگر میں شدید سردی، ڈل جھیل کے کنارے جم گئے", w, ["نثار احمد بٹ"], rel=False, junk=["سرینگر،۱۷ نومبر:"]))
    w = d(16, 19, 0, 0, o)
    add(77081, "اسمبلی کا سرمائی اجلاس ۶ دسمبر سے جموں میں", w, "ویب ڈیسک",
        "<p><strong>جموں،۱۶ نومبر:</strong> لیفٹیننٹ گورنر نے جموں و کشمیر اسمبلی کا اجلاس ۶ دسمبر کو طلب کر لیا ہے۔</p>",
        lambda k: it(k, "اسمبلی کا سرمائی اجلاس ۶ دسمبر سے جموں میں", w, [], rel=False, junk=["جموں،۱۶ نومبر:"], note="Domestic (regional) politics."))
    w = d(16, 6, 0, 0, o)
    add(77070, "سرینگر میں آج کے اوقاتِ نماز", w, None,
        "<p>فجر ۵:۵۸ ظہر ۱۲:۲۰ عصر ۳:۰۵ مغرب ۴:۵۳ عشاء ۶:۱۵</p>",
        lambda k: it(k, "سرینگر میں آج کے اوقاتِ نماز", w, [], story=False, rel=False, note="Prayer times, not a story."))
    channel = ("<title>" + cdata("روزنامہ وُلر | عالمی خبریں") + "</title><link>https://www.roznamawular.example/category/world</link><description>" + cdata("سرینگر سے شائع ہونے والا اردو روزنامہ")
               + "</description><language>ar</language><copyright>Roznama Wular Publications Pvt. Ltd.</copyright>" + f"<lastBuildDate>{rfc822(d(17, 20, 15, 0, o))}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"' + NS_DC + ">\n<channel>" + channel + "".join(c.rows) + "</channel>\n</rss>\n"
    return feed("ur_in_wular_aalmi.rss.xml", text, c, lang="ur", outlet="روزنامہ وُلر", aliases=["Roznama Wular", "وُلر", "ولر"], declared="UTF-8",
                notes="The channel declares <language>ar</language> (the CMS's right-to-left default) over Urdu text.",
                structure="Srinagar (Kashmir) Urdu daily's 'world news' category RSS from a custom PHP CMS: declaration and <rss> on their own lines, the channel and items on one line, CDATA Urdu channel title 'روزنامہ … | عالمی خبریں', <language>ar</language> (wrong: the text is Urdu), Pvt. Ltd. copyright in English, CDATA titles, CDATA dc:creator BEFORE pubDate holding a person, 'ویب ڈیسک' or 'خصوصی نامہ نگار', CDATA Urdu category, '/news/<id>' permalink guids AFTER category, CDATA <p> descriptions opening with a bold 'شہر،۱۷ نومبر:' dateline in Extended Arabic-Indic digits, ”…“ quotes, a missing space after '۔' and a standfirst without final '۔', prayer times, +0530 dates")


# ---------------------------------------------------------------- Quetta Urdu daily (Balochistan, Pakistan, +0500)
def chiltan():
    c = Col("ch")
    o = 5

    def add(aid, title, when, author, desc, exp, sid=None):
        url = f"https://dailychiltan.example/{when:%Y/%m/%d}/{aid}/"
        au = f"\n\t\t<author>{esc(author)}</author>" if author else ""
        c.add(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t<guid isPermaLink=\"false\">chiltan-{aid}</guid>{au}\n\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t<description>{esc(desc)}</description>\n\t</item>", exp(f"chiltan-{aid}"), sid)

    w = d(17, 21, 0, 0, o)
    add(55231, "سندھ طاس معاہدہ: ویانا میں غیر جانبدار ماہر کے سامنے پاکستان کا موقف", w, "نمائندہ خصوصی",
        "اسلام آباد(نمائندہ خصوصی)سندھ طاس معاہدے کے تحت غیر جانبدار ماہر کی سماعت ویانا میں شروع ہو گئی جہاں پاکستانی وفد نے کشن گنگا اور رتلے منصوبوں کے ڈیزائن پر اعتراضات پیش کیے۔\n\nاٹارنی جنرل آفس کے ترجمان عمران شاہد نے کہا کہ ”پاکستان اپنے پانی کے ایک ایک قطرے کا دفاع کرے گا“۔",
        lambda k: it(k, "سندھ طاس معاہدہ: ویانا میں غیر جانبدار ماہر کے سامنے پاکستان کا موقف", w, [], junk=["(نمائندہ خصوصی)", "اسلام آباد(نمائندہ خصوصی)"], quotes=[q("عمران شاہد", "اٹارنی جنرل آفس")],
                     note="Urdu newspaper dateline 'شہر(نامہ نگار)' glued to the first word; 'نمائندہ خصوصی' is not a name."), INDUS)
    w = d(18, 8, 30, 0, o)
    add(55240, "کوپ 32 کا اختتام، موسمیاتی موافقت کے لیے فنڈز تین گنا کرنے پر اتفاق", w, "مانیٹرنگ ڈیسک",
        "ادیس ابابا(مانیٹرنگ ڈیسک)اقوام متحدہ کی موسمیاتی کانفرنس کوپ 32 موسمیاتی موافقت کے لیے مالی وسائل 2030 تک تین گنا کرنے کے معاہدے پر ختم ہو گئی۔پاکستان نے نقصان اور تباہی فنڈ میں مزید رقم کا مطالبہ کیا",
        lambda k: it(k, "کوپ 32 کا اختتام، موسمیاتی موافقت کے لیے فنڈز تین گنا کرنے پر اتفاق", w, [], junk=["(مانیٹرنگ ڈیسک)"], note="Desk credit."), COP)
    w = d(17, 16, 15, 0, o)
    add(55219, "ایران سے تفتان کے راستے تجارت پانچ روز بعد بحال", w, "محمد اسلم بلوچ",
        "تفتان(محمد اسلم بلوچ)پاک ایران سرحد پر تفتان گیٹ پانچ روز بند رہنے کے بعد تجارت کے لیے کھول دیا گیا۔ سینکڑوں ٹرک سرحد پار کر گئے",
        lambda k: it(k, "ایران سے تفتان کے راستے تجارت پانچ روز بعد بحال", w, ["محمد اسلم بلوچ"], junk=["تفتان(محمد اسلم بلوچ)"], note="The reporter named in the dateline and in <author>."))
    w = d(17, 11, 40, 0, o)
    add(55207, "کوئٹہ میں گیس پریشر میں کمی، شہری پریشان", w, "اسٹاف رپورٹر",
        "کوئٹہ(اسٹاف رپورٹر)شدید سردی میں گیس پریشر کم ہونے سے شہریوں کو مشکلات کا سامنا ہے۔",
        lambda k: it(k, "کوئٹہ میں گیس پریشر میں کمی، شہری پریشان", w, [], rel=False, junk=["(اسٹاف رپورٹر)"]))
    w = d(16, 20, 20, 0, o)
    add(55188, "بلوچستان اسمبلی میں بلدیاتی ترمیمی بل منظور", w, "اسٹاف رپورٹر",
        "کوئٹہ(اسٹاف رپورٹر)بلوچستان اسمبلی نے بلدیاتی ترمیمی بل کثرت رائے سے منظور کر لیا۔",
        lambda k: it(k, "بلوچستان اسمبلی میں بلدیاتی ترمیمی بل منظور", w, [], rel=False, junk=["(اسٹاف رپورٹر)"], note="Provincial politics."))
    w = d(16, 17, 0, 0, o)
    add(55180, "قائد اعظم ٹرافی: بلوچستان نے سندھ کو 6 وکٹوں سے ہرا دیا", w, None,
        "کوئٹہ(اسپورٹس رپورٹر)بگٹی اسٹیڈیم میں کھیلے گئے میچ میں بلوچستان نے 214 رنز کا ہدف چار وکٹوں پر حاصل کر لیا۔",
        lambda k: it(k, "قائد اعظم ٹرافی: بلوچستان نے سندھ کو 6 وکٹوں سے ہرا دیا", w, [], rel=False, junk=["(اسپورٹس رپورٹر)"]))
    c.rows[:] = [c.rows[i] for i in (1, 0, 2, 3, 4, 5)]
    channel = ("\t<title>روزنامہ چلتن - بین الاقوامی</title>\n\t<link>https://dailychiltan.example/category/international/</link>\n\t<description>کوئٹہ سے شائع ہونے والا روزنامہ</description>\n"
               f"\t<language>ur-PK</language>\n\t<copyright>Daily Chiltan, Quetta</copyright>\n\t<lastBuildDate>{rfc822(d(18, 8, 35, 0, o))}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(c.rows) + "\n</channel>\n</rss>\n"
    return feed("ur_pk_chiltan_bainulaqwami.rss.xml", text, c, lang="ur", outlet="روزنامہ چلتن", aliases=["Daily Chiltan", "چلتن"],
                structure="Quetta (Balochistan) Urdu daily's 'international' RSS from a custom PHP CMS: tab indentation, channel 'روزنامہ … - بین الاقوامی', language ur-PK, 'chiltan-<id>' non-permalink guids BEFORE <author> with '/YYYY/MM/DD/<id>/' links, <author> holding a person, 'نمائندہ خصوصی', 'مانیٹرنگ ڈیسک', 'اسٹاف رپورٹر' or nothing, escaped plain-text descriptions opening with the Urdu newspaper dateline 'شہر(نامہ نگار)' glued to the first word, a blank line between paragraphs, ”…“ quotes closed by '“۔', Western digits in Urdu text, a missing space after '۔' and endings without '۔', six stories and no non-story, English copyright, +0500 dates")


FEEDS = [saarwelle, untersberger, dreisamzeitung, agenzialevante, corrierescaligero, diariodoguama, omicaelense, wular, chiltan]
