# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German and Italian feeds of the forty-third held-out set: a Rostock daily with Yoast's German
footer, Shariff buttons and the VG Wort pixel (2017), a Graz site with WP Rocket's lazy-load and
'Werbung' slots (2020), a Winterthur site with Borlabs Cookie content blockers (2024), a Lecce
site with Yoast's Italian footer and AdSense 'Pubblicità' (2015) and a Trieste site with
iubenda's prior blocking (2022). All outlets, people and quotations are invented."""
from h43 import d, feed, it, q, rfc822, wp_item, wp_rss, wpt


def _sorted(rows, items):
    pairs = sorted(zip(rows, items, strict=True), key=lambda r: r[1].published, reverse=True)
    return [r for r, _ in pairs], [i for _, i in pairs]


# ---------------------------------------------------------------- Rostock: Yoast 'Der Beitrag … erschien zuerst auf …', Shariff, VG Wort, 2017
def warnow():
    base = "https://www.warnow-kurier.example"
    rows, items = [], []

    def add(pid, slug, title, when, creator, cats, excerpt, body, vg, exp):
        url = f"{base}/{cats[0].lower()}/{slug}/"
        foot = f'<p>Der Beitrag <a rel="nofollow" href="{url}">{wpt(title)}</a> erschien zuerst auf <a rel="nofollow" href="{base}">Warnow-Kurier</a>.</p>\n'
        shariff = (f'<div class="shariff shariff-align-flex-start shariff-widget-align-flex-start"><ul class="shariff-buttons theme-default orientation-horizontal buttonsize-medium">'
                   f'<li class="shariff-button facebook" style="background-color:#4273c8"><a href="https://www.facebook.com/sharer/sharer.php?u={url}" title="Bei Facebook teilen" aria-label="Bei Facebook teilen" role="button" rel="noopener nofollow" class="shariff-link" target="_blank"><span class="shariff-text">teilen</span>&nbsp;</a></li>'
                   f'<li class="shariff-button twitter" style="background-color:#32bbf5"><a href="https://twitter.com/share?url={url}" title="Bei Twitter teilen" aria-label="Bei Twitter teilen" role="button" rel="noopener nofollow" class="shariff-link" target="_blank"><span class="shariff-text">twittern</span>&nbsp;</a></li>'
                   f'<li class="shariff-button whatsapp" style="background-color:#5cbe4a"><a href="whatsapp://send?text={url}" title="Bei Whatsapp teilen" aria-label="Bei Whatsapp teilen" role="button" rel="noopener nofollow" class="shariff-link" target="_blank"><span class="shariff-text">teilen</span>&nbsp;</a></li></ul></div>')
        pix = f'<img src="https://vg07.met.vgwort.de/na/{vg}" width="1" height="1" alt="" />'
        rows.append(wp_item(title, url, when, [creator], cats, pid, base, f"<p>{excerpt} [&#8230;]</p>\n{foot}", pix + body + shariff + foot))
        items.append(exp(f"{base}/?p={pid}"))

    junk = ["erschien zuerst auf", "teilen", "twittern", "Anzeige", "vgwort"]
    ad = '<div class="wk-anzeige"><span>Anzeige</span><div id="wk_content_ad_1"></div></div>'
    w = d(2017, 9, 14, 17, 30, 0, 2)
    add(61204, "sapad-manoever-nato-beobachter", "Manöver „Sapad“: Nato-Staaten an der Ostsee in Alarmbereitschaft", w, "Jens Kröger", ["Welt"],
        "Russland und Belarus üben seit Donnerstag mit Zehntausenden Soldaten. Die baltischen Staaten beobachten das Manöver mit Sorge.",
        "<p>Russland und Belarus haben am Donnerstag ihr gemeinsames Großmanöver „Sapad 2017“ begonnen. Nach Angaben aus Minsk nehmen knapp 13.000 Soldaten teil, westliche Militärs gehen von deutlich mehr aus.</p>" + ad
        + "<p>Die Nato hat drei Beobachter eingeladen bekommen. „Ein Manöver, bei dem man die Zahl der Soldaten nicht kennt, ist keine Übung in Vertrauen“, sagte Kapitän zur See a.D. Henning Voß vom Rostocker Institut für Ostseesicherheit.</p>"
        "<p>Auch die in Litauen stationierten Bundeswehrsoldaten seien „wachsam, aber gelassen“, hieß es aus dem Einsatzführungskommando.</p>",
        "5c1e8a2b3d4f4e7a9b0c6d2e1f3a4b5c", lambda k: it(k, "Manöver „Sapad“: Nato-Staaten an der Ostsee in Alarmbereitschaft", w, ["Jens Kröger"], quotes=[q("Henning Voß", "Rostocker Institut für Ostseesicherheit")], junk=junk,
                                                         note="Every content:encoded opens with the VG Wort counting pixel (vg07.met.vgwort.de/na/<32 hex>), has an 'Anzeige' slot after the first paragraph, and ends with Shariff buttons ('teilen', 'twittern') and Yoast's German footer 'Der Beitrag … erschien zuerst auf …', which the description repeats. Rank 'Kapitän zur See a.D.' is not part of the name. German troops abroad, Baltic security: relevant."))
    w = d(2017, 9, 25, 8, 40, 0, 2)
    add(61262, "bundestagswahl-ergebnis-mv-wahlkreise", "Bundestagswahl: So hat Mecklenburg-Vorpommern gewählt", w, "Katrin Behm", ["Politik"],
        "Die AfD wird in Mecklenburg-Vorpommern zweitstärkste Kraft. Die Ergebnisse aus allen Wahlkreisen.",
        "<p>Die CDU bleibt in Mecklenburg-Vorpommern stärkste Kraft, die AfD kommt auf 18,6 Prozent und wird zweitstärkste Partei. In Rostock lag die Wahlbeteiligung bei 71 Prozent.</p>" + ad,
        "8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d", lambda k: it(k, "Bundestagswahl: So hat Mecklenburg-Vorpommern gewählt", w, ["Katrin Behm"], rel=False, junk=junk, note="Home election: a story, not relevant."))
    w = d(2017, 9, 22, 12, 15, 0, 2)
    add(61230, "rohingya-fluechtlinge-bangladesch-lager", "Mehr als 400.000 Rohingya nach Bangladesch geflohen", w, "Warnow-Kurier", ["Welt"],
        "Die UN sprechen von einem Lehrbuchbeispiel für ethnische Säuberung.",
        "<p>Cox’s Bazar (dpa) – Mehr als 400.000 Angehörige der muslimischen Minderheit der Rohingya sind nach UN-Angaben seit Ende August aus Myanmar nach Bangladesch geflohen. Die Lager an der Grenze sind überfüllt.</p>"
        "<p>Der UN-Hochkommissar für Menschenrechte hatte das Vorgehen der Armee in Myanmar als „Lehrbuchbeispiel für ethnische Säuberung“ bezeichnet.</p>" + ad,
        "1f2e3d4c5b6a79880a1b2c3d4e5f6a7b", lambda k: it(k, "Mehr als 400.000 Rohingya nach Bangladesch geflohen", w, [], junk=[*junk, "(dpa)"],
                                                          note="Agency copy with a '(dpa)' dateline, dc:creator the brand: no author. The quoted UN official is quoted only as an institution's statement; no speaker expected. Relevant."))
    w = d(2017, 9, 24, 19, 0, 0, 2)
    add(61250, "kurden-referendum-irak-vorabend", "Vor dem Kurden-Referendum: Bagdad droht, Erbil bleibt hart", w, "Jens Kröger", ["Welt"],
        "Die Kurden im Nordirak stimmen am Montag über die Unabhängigkeit ab.",
        "<p>Am Vorabend des Unabhängigkeitsreferendums in der Kurdenregion im Nordirak hat die Zentralregierung in Bagdad mit Konsequenzen gedroht. Die Türkei kündigte an, die Grenze zu schließen.</p>"
        "<p>„Die Abstimmung ist eher ein Verhandlungspfand als ein Staatsgründungsakt“, sagte die Nahost-Expertin Dr. Leyla Aydın-Brandt von der Universität Greifswald.</p>",
        "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b", lambda k: it(k, "Vor dem Kurden-Referendum: Bagdad droht, Erbil bleibt hart", w, ["Jens Kröger"], quotes=[q("Leyla Aydın-Brandt", "Universität Greifswald")], junk=junk, note="Relevant."))
    w = d(2017, 9, 23, 10, 0, 0, 2)
    add(61241, "bildergalerie-warnemuende-kreuzfahrt-saisonende", "Bildergalerie: Die letzten Kreuzfahrtriesen der Saison in Warnemünde", w, "Foto-Redaktion", ["Rostock"],
        "Die schönsten Bilder vom Wochenende.",
        '<p><a href="https://www.warnow-kurier.example/galerie/kreuzfahrt-2017/"><img src="https://www.warnow-kurier.example/wp-content/uploads/2017/09/warnemuende-aida.jpg" alt="" width="640" height="427" /></a></p><p>Zur Bildergalerie (18 Bilder)</p>',
        "2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e", lambda k: it(k, "Bildergalerie: Die letzten Kreuzfahrtriesen der Saison in Warnemünde", w, [], story=False, rel=False, junk=junk,
                                                          note="Photo gallery: not a story. Title label 'Bildergalerie:' may be kept or dropped."))
    w = d(2017, 9, 21, 15, 45, 0, 2)
    add(61215, "nordkorea-neue-un-sanktionen-ostseehafen", "Neue Nordkorea-Sanktionen: Rostocker Reederei prüft ihre Charterverträge", w, "Katrin Behm", ["Welt", "Wirtschaft"],
        "Die verschärften UN-Sanktionen betreffen auch Schiffe, die Waren für Nordkorea transportieren.",
        "<p>Nach der Verschärfung der UN-Sanktionen gegen Nordkorea prüft eine Rostocker Reederei ihre Charterverträge mit asiatischen Partnern. Der Sicherheitsrat hatte am 11. September unter anderem Textilexporte verboten und Öllieferungen begrenzt.</p>"
        "<p>„Wir wollen ausschließen, dass eines unserer Schiffe in einer Kette landet, an deren Ende Pjöngjang steht“, sagte Geschäftsführer Ulf Matthiesen.</p>",
        "3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f", lambda k: it(k, "Neue Nordkorea-Sanktionen: Rostocker Reederei prüft ihre Charterverträge", w, ["Katrin Behm"], quotes=[q("Ulf Matthiesen")], junk=junk,
                                                          note="Local angle on UN sanctions: relevant."))
    rows, items = _sorted(rows, items)
    text = wp_rss("Warnow-Kurier", f"{base}/feed/", base, "Nachrichten aus Rostock, MV und der Welt", rfc822(d(2017, 9, 25, 6, 40, 0, 0)), "de-DE", "4.8.2", rows)
    return feed("de_warnowkurier_feed_yoast_shariff_vgwort_2017.rss.xml", text, items, lang="de", outlet="Warnow-Kurier", aliases=["Warnow Kurier"], topic="mixed",
                structure="Rostock daily's main WordPress 4.8 feed in September 2017: rss2 template (de-DE, +0000 dates, newsroom +0200), '/<section>/<slug>/' links, '?p=<id>' guids, dc:creator with reporters, the brand or 'Foto-Redaktion'; content:encoded opening with the VG Wort 1x1 counting pixel, an 'Anzeige' slot in the text, Shariff buttons ('teilen', 'twittern', with &nbsp;) and Yoast's 'Der Beitrag … erschien zuerst auf …' footer, the description the excerpt plus that footer; „…“ quotes, a dpa dateline, a home election result and a photo gallery")


# ---------------------------------------------------------------- Graz: WP Rocket lazy-load (SVG placeholders + noscript), 'Werbung' slots, 2020
def uhrturm():
    base = "https://www.grazer-uhrturm.example"
    rows, items = [], []

    def img(name, alt, cap):
        src = f"{base}/wp-content/uploads/2020/11/{name}"
        ph = "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%201024%20576'%3E%3C/svg%3E"
        return (f'<figure class="wp-block-image size-large"><img width="1024" height="576" src="{ph}" alt="{alt}" class="wp-image-1" data-lazy-src="{src}" />'
                f'<noscript><img width="1024" height="576" src="{src}" alt="{alt}" class="wp-image-1" /></noscript><figcaption>{cap}</figcaption></figure>')

    werb = '<div class="gu-werbung"><p class="gu-werbung-label">WERBUNG</p><div class="gu-slot" data-slot="content_1"></div></div>'

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        url = f"{base}/{slug}/"
        rows.append(wp_item(title, url, when, [creator], cats, pid, base, excerpt + " [&hellip;]", body))
        items.append(exp(f"{base}/?p={pid}"))

    junk = ["WERBUNG", "data:image", "lazy"]
    w = d(2020, 11, 3, 21, 40, 0, 1)
    add(40122, "murkraftwerk-puntigam-bilanz", "Ein Jahr Murkraftwerk Puntigam: Mehr Strom als erwartet", w, "Redaktion", ["Graz"],
        "Das umstrittene Kraftwerk an der Mur hat im ersten Betriebsjahr mehr Strom erzeugt als prognostiziert.",
        img("murkraftwerk.jpg", "Kraftwerk", "Das Kraftwerk an der Mur. Foto: Uhrturm/Hofer") + "<p>Das Murkraftwerk in Puntigam hat in seinem ersten Betriebsjahr rund 82 Gigawattstunden Strom erzeugt, etwas mehr als erwartet, teilte die Betreibergesellschaft mit.</p>" + werb
        + "<p>Umweltschützer kritisieren weiterhin die Rodungen entlang des Ufers.</p>",
        lambda k: it(k, "Ein Jahr Murkraftwerk Puntigam: Mehr Strom als erwartet", w, [], rel=False, junk=junk,
                     note="WP Rocket's lazy-load: images have an inline SVG data-URI placeholder in src, the real URL in data-lazy-src and a <noscript> copy; a 'WERBUNG' slot between paragraphs. City news: a story, not relevant. 'Redaktion' is not a person."))
    w = d(2020, 11, 4, 18, 20, 0, 1)
    add(40140, "us-wahl-auszaehlung-steirer-in-amerika", "US-Wahl: Auszählung zieht sich, Steirer in Pennsylvania bangen mit", w, "Martina Pölzl", ["Welt"],
        "Einen Tag nach der Präsidentenwahl ist der Ausgang weiter offen.",
        img("pennsylvania-auszaehlung.jpg", "Auszählung", "Auszählung in Philadelphia. Foto: AFP") + "<p>Einen Tag nach der Präsidentenwahl in den USA ist der Ausgang weiter offen. In Pennsylvania, Michigan und Wisconsin werden noch Briefwahlstimmen ausgezählt.</p>" + werb
        + "<p>„Hier traut sich niemand eine Prognose zu“, sagt Johann Fuchsbichler, ein gebürtiger Leibnitzer, der in Pittsburgh eine Tischlerei betreibt.</p>",
        lambda k: it(k, "US-Wahl: Auszählung zieht sich, Steirer in Pennsylvania bangen mit", w, ["Martina Pölzl"], quotes=[q("Johann Fuchsbichler")], junk=[*junk, "Foto: AFP"], note="Relevant."))
    w = d(2020, 11, 2, 10, 0, 0, 1)
    add(40110, "berg-karabach-oesterreich-hilfe", "Berg-Karabach: Österreich stockt humanitäre Hilfe auf", w, "Martina Pölzl", ["Welt"],
        "Die Bundesregierung stellt eine weitere Million Euro aus dem Auslandskatastrophenfonds bereit.",
        "<p>Die Bundesregierung stockt die humanitäre Hilfe für die Opfer der Kämpfe um Berg-Karabach um eine Million Euro auf. Das Geld geht an das Rote Kreuz in Armenien und Aserbaidschan.</p>"
        + werb + "<p>„Die Menschen, die jetzt in Jerewan ankommen, haben oft nur eine Tasche dabei“, sagte Andrea Kerschbaumer vom Grazer Verein Kaukasus-Hilfe.</p>",
        lambda k: it(k, "Berg-Karabach: Österreich stockt humanitäre Hilfe auf", w, ["Martina Pölzl"], quotes=[q("Andrea Kerschbaumer", "Kaukasus-Hilfe")], junk=junk, note="Home country's aid abroad: relevant."))
    w = d(2020, 11, 1, 16, 30, 0, 1)
    add(40098, "lockdown-steiermark-gastronomie", "Zweiter Lockdown: Was ab Dienstag in der Steiermark gilt", w, "Redaktion", ["Steiermark"],
        "Gastronomie zu, Ausgangsbeschränkungen ab 20 Uhr.",
        img("graz-herrengasse.jpg", "Herrengasse", "Die Herrengasse am Sonntag. Foto: Uhrturm/Hofer") + "<p>Ab Dienstag sperren Gastronomie und Hotellerie zu, zwischen 20 und 6 Uhr gelten Ausgangsbeschränkungen.</p>" + werb,
        lambda k: it(k, "Zweiter Lockdown: Was ab Dienstag in der Steiermark gilt", w, [], rel=False, junk=junk, note="Home service news: a story, not relevant."))
    w = d(2020, 10, 31, 12, 0, 0, 1)
    add(40090, "aethiopien-tigray-spannungen-wahl", "Äthiopien: Spannungen mit Tigray nehmen zu", w, "Stefan Rauchegger", ["Welt"],
        "Die Regionalregierung von Tigray erkennt die Zentralregierung nicht mehr an.",
        "<p>Zwischen der äthiopischen Zentralregierung und der Region Tigray wachsen die Spannungen. Die Regionalregierung hatte im September gegen den Willen Addis Abebas Wahlen abgehalten.</p>"
        "<p>Beobachter warnen vor einer militärischen Eskalation.</p>",
        lambda k: it(k, "Äthiopien: Spannungen mit Tigray nehmen zu", w, ["Stefan Rauchegger"], junk=junk, note="Relevant."))
    w = d(2020, 10, 30, 9, 0, 0, 1)
    add(40081, "gewinnspiel-uhrturm-adventkalender", "Gewinnspiel: Adventkalender der Grazer Uhrturm-Leser", w, "Marketing", ["Gewinnspiel"],
        "Jetzt mitmachen und Gutscheine gewinnen.",
        "<p>24 Türchen, 24 Gutscheine von Grazer Betrieben. Jetzt anmelden und ab 1. Dezember täglich mitspielen.</p>",
        lambda k: it(k, "Gewinnspiel: Adventkalender der Grazer Uhrturm-Leser", w, [], story=False, rel=False, junk=junk, note="Reader competition: not a story."))
    rows, items = _sorted(rows, items)
    text = wp_rss("Grazer Uhrturm", f"{base}/feed/", base, "Nachrichten aus Graz und der Steiermark", rfc822(d(2020, 11, 4, 17, 20, 0, 0)), "de-AT", "5.5.3", rows)
    return feed("de_at_grazeruhrturm_feed_wprocket_lazyload_2020.rss.xml", text, items, lang="de", outlet="Grazer Uhrturm", topic="mixed",
                structure="Graz news site's main WordPress 5.5 feed with WP Rocket in November 2020: rss2 template (de-AT, +0000 dates, newsroom +0100), excerpts ending ' [&hellip;]', dc:creator people, 'Redaktion' or 'Marketing'; content:encoded images lazy-loaded the WP Rocket way (inline SVG data-URI placeholder in src, data-lazy-src, a <noscript> duplicate), figcaptions ending 'Foto: AGENCY', a 'WERBUNG' slot after the first paragraph; home news, world stories, a lockdown service piece and a competition")


# ---------------------------------------------------------------- Winterthur: Borlabs Cookie content blockers for embeds, 2024
def toess():
    base = "https://www.toess-zeitung.example"
    rows, items = [], []

    def blocker(kind, bid, name):
        return (f'<div class="BorlabsCookie _brlbs-cb-{kind}"><div class="_brlbs-content-blocker"><div class="_brlbs-embed _brlbs-{kind}">'
                f'<img class="_brlbs-thumbnail" src="{base}/wp-content/uploads/borlabs-cookie/{kind}_{bid}.jpg" alt="{name}">'
                f'<div class="_brlbs-caption"><p>Mit dem Laden des Inhalts akzeptieren Sie die Datenschutzerklärung von {name}.<br><a href="#" data-borlabs-cookie-unblock role="button">Inhalt laden</a></p>'
                f'<p><label><input type="checkbox" name="unblockAll" value="1" checked> <small>{name} immer entsperren</small></label></p></div></div></div>'
                f'<div class="borlabs-hide" data-borlabs-cookie-type="content-blocker" data-borlabs-cookie-id="{kind}"><script type="text/template">PGlmcmFtZSB0aXRsZT0iRW1iZWQiIHNyYz0iaHR0cHM6Ly93d3cueW91dHViZS1ub2Nvb2tpZS5jb20vZW1iZWQve30iPjwvaWZyYW1lPg==</script></div></div>')

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        url = f"{base}/{cats[0].lower()}/{slug}/"
        rows.append(wp_item(title, url, when, [creator], cats, pid, base, excerpt, body))
        items.append(exp(f"{base}/?p={pid}"))

    junk = ["Datenschutzerklärung", "Inhalt laden", "immer entsperren", "text/template"]
    w = d(2024, 6, 16, 18, 30, 0, 2)
    add(88410, "buergenstock-ukraine-gipfel-abschluss", "Bürgenstock-Konferenz: Mehrheit der Staaten unterzeichnet Schlusserklärung", w, "Reto Hasler", ["International"],
        "84 Staaten und Organisationen tragen das Kommuniqué mit. Mehrere grosse Schwellenländer fehlen.",
        "<p>Zum Abschluss der Konferenz zum Frieden in der Ukraine auf dem Bürgenstock haben 84 Staaten und Organisationen eine Schlusserklärung unterzeichnet. Mehrere grosse Schwellenländer, darunter Indien und Brasilien, schlossen sich nicht an.</p>"
        + blocker("youtube", "1", "YouTube") + "<p>«Die Schweiz hat gezeigt, dass sie einen Raum schaffen kann. Füllen müssen ihn andere», sagte die Politologin Corinne Baumberger von der ZHAW in Winterthur.</p>",
        lambda k: it(k, "Bürgenstock-Konferenz: Mehrheit der Staaten unterzeichnet Schlusserklärung", w, ["Reto Hasler"], quotes=[q("Corinne Baumberger", "ZHAW")], junk=junk,
                     note="Borlabs Cookie content blocker in place of an embedded video: a thumbnail, the consent text 'Mit dem Laden des Inhalts akzeptieren Sie die Datenschutzerklärung von YouTube.', an 'Inhalt laden' link, an 'immer entsperren' checkbox, and the embed base64-encoded in a <script type=\"text/template\">. Swiss spelling (ss), «…» quotes. Host country's diplomacy: relevant."))
    w = d(2024, 6, 15, 11, 0, 0, 2)
    add(88398, "eu-wahl-nachlese-schweiz-rahmenvertrag", "Nach der Europawahl: Was der Rechtsrutsch für die Verhandlungen mit Bern bedeutet", w, "Reto Hasler", ["International"],
        "Die neuen Mehrheiten in Strassburg dürften die Gespräche über die Bilateralen III kaum bremsen.",
        "<p>Eine Woche nach der Europawahl rechnen Diplomaten nicht damit, dass die neuen Mehrheiten im Europäischen Parlament die Verhandlungen zwischen Bern und Brüssel über ein neues Vertragspaket bremsen.</p>"
        + blocker("twitter", "2", "X (Twitter)"),
        lambda k: it(k, "Nach der Europawahl: Was der Rechtsrutsch für die Verhandlungen mit Bern bedeutet", w, ["Reto Hasler"], junk=junk, note="Swiss–EU relations: relevant."))
    w = d(2024, 6, 14, 8, 45, 0, 2)
    add(88380, "g7-gipfel-apulien-ukraine-kredit", "G7 einigen sich auf 50-Milliarden-Kredit für die Ukraine", w, "SDA", ["International"],
        "Der Kredit soll mit Zinserträgen aus eingefrorenem russischem Vermögen zurückgezahlt werden.",
        "<p>Borgo Egnazia (sda/dpa) - Die G7-Staaten haben sich bei ihrem Gipfel in Apulien auf einen Kredit von 50 Milliarden Dollar für die Ukraine geeinigt, der mit Zinserträgen aus eingefrorenem russischem Staatsvermögen bedient werden soll.</p>",
        lambda k: it(k, "G7 einigen sich auf 50-Milliarden-Kredit für die Ukraine", w, [], junk=[*junk, "(sda/dpa)"], note="Agency copy; 'SDA' is an agency. Relevant."))
    w = d(2024, 6, 13, 17, 10, 0, 2)
    add(88366, "winterthur-stadtrat-budget-schulhaeuser", "Stadtrat will 140 Millionen für neue Schulhäuser", w, "Nadine Studer", ["Winterthur"],
        "Bis 2032 sollen drei Schulhäuser gebaut werden.",
        "<p>Der Winterthurer Stadtrat beantragt 140 Millionen Franken für drei neue Schulhäuser in Hegi, Töss und Neuhegi.</p>",
        lambda k: it(k, "Stadtrat will 140 Millionen für neue Schulhäuser", w, ["Nadine Studer"], rel=False, junk=junk, note="City news: a story, not relevant."))
    w = d(2024, 6, 12, 20, 0, 0, 2)
    add(88352, "video-em-fanzone-winterthur", "Video: So feiert die Fanzone auf dem Neumarkt", w, "Video-Redaktion", ["Sport"],
        "Impressionen vom ersten EM-Abend.",
        blocker("youtube", "3", "YouTube"),
        lambda k: it(k, "Video: So feiert die Fanzone auf dem Neumarkt", w, [], story=False, rel=False, junk=junk, note="A blocked video embed only: not a story. Title label 'Video:' may be kept or dropped."))
    w = d(2024, 6, 12, 9, 30, 0, 2)
    add(88344, "ukraine-hilfe-entwicklungsbudget-kritik", "Ukraine-Hilfe aus dem Entwicklungsbudget: Hilfswerke warnen vor Kürzungen im Süden", w, "Nadine Studer", ["International"],
        "Der Bundesrat will 1,5 Milliarden Franken für den Wiederaufbau der Ukraine aus der internationalen Zusammenarbeit nehmen.",
        "<p>Schweizer Hilfswerke kritisieren den Plan des Bundesrats, einen Teil der Wiederaufbauhilfe für die Ukraine aus dem Budget der internationalen Zusammenarbeit zu finanzieren. Insgesamt will die Schweiz bis 2036 fünf Milliarden Franken bereitstellen.</p>"
        "<p>«Jeder Franken für Charkiw, der in Mali oder Bangladesch fehlt, ist ein schlechter Tausch», sagte Samuel Grob vom Winterthurer Hilfswerk Brückenschlag.</p>",
        lambda k: it(k, "Ukraine-Hilfe aus dem Entwicklungsbudget: Hilfswerke warnen vor Kürzungen im Süden", w, ["Nadine Studer"], quotes=[q("Samuel Grob", "Brückenschlag")], junk=junk, note="The home country's foreign aid: relevant."))
    text = wp_rss("Töss-Zeitung", f"{base}/feed/", base, "Die Zeitung für Winterthur und das Tösstal", rfc822(d(2024, 6, 16, 16, 30, 0, 0)), "de-CH", "6.5.4", rows)
    return feed("de_ch_toesszeitung_feed_borlabs_blocker_2024.rss.xml", text, items, lang="de", outlet="Töss-Zeitung", aliases=["Töss Zeitung"], topic="mixed",
                structure="Winterthur news site's main WordPress 6.5 feed with Borlabs Cookie 2 in June 2024: rss2 template (de-CH, +0000 dates, newsroom +0200), '/<section>/<slug>/' links, dc:creator people, 'SDA' or 'Video-Redaktion'; content:encoded where every YouTube or X embed is replaced by Borlabs's content blocker (thumbnail, consent sentence naming the provider, 'Inhalt laden' link, 'immer entsperren' checkbox, the original embed base64-encoded in <script type=\"text/template\">); Swiss spelling, «…» quotes, an sda/dpa dateline, city news and a video-only post")


# ---------------------------------------------------------------- Lecce: Yoast's Italian footer, AdSense 'Pubblicità', Jetpack 'Condividi:', 2015
def otranto():
    base = "http://www.vocediterradotranto.example"
    rows, items = [], []

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        url = f"{base}/{when.strftime('%Y/%m/%d')}/{slug}/"
        foot = f'<p>L&#8217;articolo <a rel="nofollow" href="{url}">{wpt(title)}</a> sembra essere il primo su <a rel="nofollow" href="{base}">La Voce di Terra d&#039;Otranto</a>.</p>\n'
        adsense = ('<p style="text-align:center;font-size:10px;color:#999">Pubblicità</p><script async src="//pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>'
                   '<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-8812004471920365" data-ad-slot="5512098871" data-ad-format="auto"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script>')
        share = ('<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Condividi:</h3><div class="sd-content"><ul>'
                 f'<li class="share-facebook"><a rel="nofollow" class="share-facebook sd-button share-icon" href="{url}?share=facebook" title="Fai clic qui per condividere su Facebook"><span>Facebook</span></a></li>'
                 f'<li class="share-twitter"><a rel="nofollow" class="share-twitter sd-button share-icon" href="{url}?share=twitter" title="Fai clic qui per condividere su Twitter"><span>Twitter</span></a></li><li class="share-end"></li></ul></div></div></div>')
        paras = body.split("</p>", 1)
        full = paras[0] + "</p>" + adsense + paras[1] + share + foot
        rows.append(wp_item(title, url, when, [creator], cats, pid, base, f"{excerpt} [&#8230;]\n{foot}", full))
        items.append(exp(f"{base}/?p={pid}"))

    junk = ["sembra essere il primo su", "Pubblicità", "Condividi:", "adsbygoogle"]
    w = d(2015, 9, 15, 19, 20, 0, 2)
    add(23318, "ungheria-chiude-confine-serbia-profughi", "L'Ungheria chiude il confine con la Serbia, migliaia di profughi bloccati", w, "Antonio Pellegrino", ["Esteri"],
        "Da mezzanotte in vigore le nuove leggi: chi attraversa la recinzione rischia fino a tre anni di carcere.",
        "<p>L&#8217;Ungheria ha chiuso da mezzanotte il confine con la Serbia e sono entrate in vigore le nuove leggi che puniscono con il carcere chi attraversa la recinzione. Migliaia di profughi, in gran parte siriani, sono rimasti bloccati a Horgoš.</p>"
        "<p>&#8220;Ora cercheranno la strada della Croazia, e da lì la Slovenia. Il problema si sposta, non sparisce&#8221;, ha detto Giuseppe Miglietta, volontario di un&#8217;associazione leccese che da agosto lavora al confine serbo.</p>"
        "<p>I ministri dell&#8217;Interno dell&#8217;Ue non hanno trovato un accordo sulla ripartizione di 120.000 richiedenti asilo.</p>",
        lambda k: it(k, "L'Ungheria chiude il confine con la Serbia, migliaia di profughi bloccati", w, ["Antonio Pellegrino"], quotes=[q("Giuseppe Miglietta")], junk=junk,
                     note="AdSense block after the first paragraph with a small 'Pubblicità' label, Jetpack's 'Condividi:' buttons and Yoast's Italian footer \"L'articolo … sembra essere il primo su …\" (also after the excerpt in the description). Relevant."))
    w = d(2015, 9, 17, 10, 0, 0, 2)
    add(23340, "burkina-faso-golpe-guardia-presidenziale", "Burkina Faso, la guardia presidenziale prende il potere", w, "Redazione", ["Esteri"],
        "Il presidente di transizione e il premier sono stati arrestati a un mese dalle elezioni.",
        "<p>OUAGADOUGOU &#8211; I militari della guardia presidenziale hanno annunciato in televisione lo scioglimento del governo di transizione in Burkina Faso, a meno di un mese dalle elezioni previste per l&#8217;11 ottobre.</p>"
        "<p>L&#8217;Unione africana ha condannato il colpo di Stato.</p>",
        lambda k: it(k, "Burkina Faso, la guardia presidenziale prende il potere", w, [], junk=junk, note="'Redazione' is not a person. Relevant."))
    w = d(2015, 9, 21, 8, 30, 0, 2)
    add(23371, "grecia-tsipras-vince-di-nuovo", "Grecia, Syriza vince di nuovo: governo con i Greci Indipendenti", w, "Antonio Pellegrino", ["Esteri"],
        "Secondo successo elettorale in otto mesi. Affluenza al 56 per cento.",
        "<p>Per la seconda volta in otto mesi Syriza vince le elezioni in Grecia, con il 35,5 per cento, e rinnova l&#8217;alleanza con i Greci Indipendenti. L&#8217;affluenza si è fermata al 56 per cento.</p>"
        "<p>&#8220;A Corfù e a Igoumenitsa i traghetti da Brindisi sono pieni come d&#8217;agosto, ma i greci sono stanchi di votare&#8221;, ha detto Nikos Stamatiou, agente marittimo a Brindisi.</p>",
        lambda k: it(k, "Grecia, Syriza vince di nuovo: governo con i Greci Indipendenti", w, ["Antonio Pellegrino"], quotes=[q("Nikos Stamatiou")], junk=junk, note="Relevant."))
    w = d(2015, 9, 19, 18, 0, 0, 2)
    add(23360, "lecce-serie-c-vittoria-derby", "Il Lecce vince il derby con il Foggia e sale al secondo posto", w, "Marco De Giorgi", ["Sport"],
        "Decide un gol al novantesimo.",
        "<p>Il Lecce batte il Foggia 1-0 al Via del Mare con un gol al novantesimo e sale al secondo posto in classifica.</p><p>Al Via del Mare 14.000 spettatori.</p>",
        lambda k: it(k, "Il Lecce vince il derby con il Foggia e sale al secondo posto", w, ["Marco De Giorgi"], rel=False, junk=junk, note="Sport: a story, not relevant."))
    w = d(2015, 9, 18, 12, 15, 0, 2)
    add(23352, "xylella-ulivi-abbattimenti-tar", "Xylella, il Tar sospende gli abbattimenti degli ulivi a Oria", w, "Marco De Giorgi", ["Salento"],
        "Accolto il ricorso di alcuni proprietari.",
        "<p>Il Tar del Lazio ha sospeso gli abbattimenti degli ulivi colpiti da Xylella a Oria, accogliendo il ricorso di alcuni proprietari.</p><p>La Regione annuncia appello.</p>",
        lambda k: it(k, "Xylella, il Tar sospende gli abbattimenti degli ulivi a Oria", w, ["Marco De Giorgi"], rel=False, junk=junk, note="Regional news: a story, not relevant."))
    w = d(2015, 9, 16, 20, 45, 0, 2)
    add(23330, "fotogallery-vendemmia-salento", "FOTOGALLERY | Vendemmia nel Salento, le immagini", w, "Redazione", ["Cultura"],
        "Le immagini della raccolta nelle campagne di Guagnano.",
        '<p><img class="aligncenter size-large" src="http://www.vocediterradotranto.example/wp-content/uploads/2015/09/vendemmia-01.jpg" alt="" width="640" height="427" /></p><p>Guarda tutte le foto.</p>',
        lambda k: it(k, "FOTOGALLERY | Vendemmia nel Salento, le immagini", w, [], story=False, rel=False, junk=junk,
                     note="Photo gallery: not a story. Title label 'FOTOGALLERY |' may be kept or dropped."))
    rows, items = _sorted(rows, items)
    text = wp_rss("La Voce di Terra d&#039;Otranto", f"{base}/feed/", base, "Quotidiano online del Salento", rfc822(d(2015, 9, 21, 6, 30, 0, 0)), "it-IT", "4.3.1", rows)
    return feed("it_vocediterradotranto_feed_yoast_adsense_2015.rss.xml", text, items, lang="it", outlet="La Voce di Terra d'Otranto", aliases=["Voce di Terra d'Otranto"], topic="mixed",
                structure="Lecce online daily's main WordPress 4.3 feed in September 2015: rss2 template (it-IT, &#039; in the channel title, +0000 dates, newsroom +0200), '/YYYY/MM/DD/<slug>/' links on http, dc:creator people or 'Redazione'; content:encoded with an AdSense unit after the first paragraph (a small 'Pubblicità' paragraph, loader <script>, <ins class=adsbygoogle>, push()), Jetpack's 'Condividi:' buttons and Yoast's Italian footer \"L&#8217;articolo … sembra essere il primo su …\", the description the excerpt ' [&#8230;]' plus that footer; sport, regional news and a 'FOTOGALLERY |' post")


# ---------------------------------------------------------------- Trieste: iubenda prior blocking of embeds and scripts, 'Leggi anche', 2022
def sangiusto():
    base = "https://www.cronachedisangiusto.example"
    rows, items = [], []

    def yt(vid):
        return (f'<figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper"><iframe title="Video" width="800" height="450" class="_iub_cs_activate" suppressedsrc="https://www.youtube-nocookie.com/embed/{vid}?feature=oembed" src="about:blank" data-iub-purposes="3" frameborder="0" allowfullscreen></iframe>'
                '<div class="iub-blocked-content-placeholder"><p>Questo contenuto è bloccato. Accetta i cookie di marketing per visualizzarlo.</p></div></div></figure>')

    tw = '<blockquote class="twitter-tweet"><p lang="it" dir="ltr">Aggiornamento dal valico di Fernetti</p></blockquote><script type="text/plain" class="_iub_cs_activate" data-iub-purposes="4" async suppressedsrc="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'
    pub = '<div class="csg-adv"><span>PUBBLICITÀ</span><div id="csg-inread"></div></div>'

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        url = f"{base}/{cats[0].lower()}/{slug}/"
        rows.append(wp_item(title, url, when, [creator], cats, pid, base, excerpt, body))
        items.append(exp(f"{base}/?p={pid}"))

    junk = ["Questo contenuto è bloccato", "cookie di marketing", "PUBBLICITÀ", "Leggi anche", "_iub_cs_activate"]
    w = d(2022, 11, 13, 22, 10, 0, 1)
    add(70255, "slovenia-presidenziali-ballottaggio-prima-presidente", "Slovenia, al ballottaggio vince l'avvocata: sarà la prima presidente", w, "Matej Kocjančič", ["Mondo"],
        "Netta vittoria della candidata indipendente sostenuta dal centrosinistra.",
        "<p>LUBIANA &#8211; La Slovenia avrà per la prima volta una presidente della Repubblica: al ballottaggio di domenica l&#8217;avvocata indipendente sostenuta dal centrosinistra ha ottenuto circa il 54 per cento dei voti.</p>" + pub
        + "<p>&#8220;Per la minoranza italiana in Istria e per quella slovena a Trieste conta soprattutto la continuità dei rapporti&#8221;, ha commentato Martina Bencich, docente di diritto internazionale all&#8217;Università di Capodistria.</p>"
        + '<p><strong>Leggi anche:</strong> <a href="https://www.cronachedisangiusto.example/trieste/lavori-galleria-fernetti-70210/">Lavori in galleria, code a Fernetti</a></p>',
        lambda k: it(k, "Slovenia, al ballottaggio vince l'avvocata: sarà la prima presidente", w, ["Matej Kocjančič"], quotes=[q("Martina Bencich", "Università di Capodistria")], junk=junk,
                     note="'PUBBLICITÀ' slot after the first paragraph and a bold 'Leggi anche:' link at the end. Neighbouring country's election: relevant."))
    w = d(2022, 11, 11, 19, 0, 0, 1)
    add(70231, "ocean-viking-francia-italia-crisi-diplomatica", "Ocean Viking, è scontro tra Roma e Parigi sui migranti", w, "Elisa Zorzut", ["Mondo"],
        "La Francia sospende l'accordo sui ricollocamenti dopo lo sbarco a Tolone.",
        "<p>La Francia ha sospeso l&#8217;accordo con l&#8217;Italia sui ricollocamenti dei richiedenti asilo, dopo che la nave Ocean Viking, con 234 migranti a bordo, è stata fatta attraccare a Tolone dopo il rifiuto italiano.</p>" + pub
        + yt("oV8k2r") + "<p>Il governo italiano parla di reazione &#8220;incomprensibile e sproporzionata&#8221;.</p>",
        lambda k: it(k, "Ocean Viking, è scontro tra Roma e Parigi sui migranti", w, ["Elisa Zorzut"], junk=junk,
                     note="An embedded video that iubenda's prior blocking rewrote (src='about:blank', suppressedsrc, class _iub_cs_activate) with the placeholder text 'Questo contenuto è bloccato. Accetta i cookie di marketing per visualizzarlo.' The home country's foreign relations: relevant."))
    w = d(2022, 11, 11, 9, 30, 0, 1)
    add(70222, "kherson-ritiro-russo-esercito-ucraino", "Kherson, le truppe ucraine entrano in città dopo il ritiro russo", w, "Redazione Esteri", ["Mondo"],
        "Mosca ha completato il ritiro sulla riva sinistra del Dnipro.",
        "<p>Le forze ucraine sono entrate a Kherson, unico capoluogo regionale conquistato dalla Russia dall&#8217;inizio dell&#8217;invasione, dopo che Mosca ha annunciato il completamento del ritiro sulla riva sinistra del Dnipro.</p>" + pub,
        lambda k: it(k, "Kherson, le truppe ucraine entrano in città dopo il ritiro russo", w, [], junk=junk, note="Desk credit: no author. Relevant."))
    w = d(2022, 11, 10, 16, 40, 0, 1)
    add(70210, "lavori-galleria-fernetti-code", "Lavori in galleria, code di un'ora al valico di Fernetti", w, "Elisa Zorzut", ["Trieste"],
        "Chiusa una corsia della Grande viabilità fino a fine mese.",
        "<p>Code fino a un&#8217;ora verso il valico di Fernetti per i lavori nella galleria della Grande viabilità, dove una corsia resterà chiusa fino a fine mese.</p>" + tw
        + "<p>&#8220;Ogni mattina perdo quaranta minuti per andare al lavoro a Sesana&#8221;, racconta Luka Sancin, frontaliere di Opicina.</p>",
        lambda k: it(k, "Lavori in galleria, code di un'ora al valico di Fernetti", w, ["Elisa Zorzut"], quotes=[q("Luka Sancin")], junk=junk,
                     rel=False, note="The X widget script is held back by iubenda (type='text/plain', suppressedsrc); the blockquote's text stays. Local traffic news: a story, not relevant."))
    w = d(2022, 11, 9, 12, 0, 0, 1)
    add(70198, "bora-raffiche-130-allerta", "Bora a 130 all'ora, allerta gialla fino a giovedì", w, "Redazione", ["Trieste"],
        "Chiusi i moli e il giardino pubblico.",
        "<p>Raffiche di bora fino a 130 chilometri orari sono attese tra mercoledì e giovedì. Il Comune ha chiuso i moli e il giardino pubblico.</p>",
        lambda k: it(k, "Bora a 130 all'ora, allerta gialla fino a giovedì", w, [], rel=False, junk=junk, note="Weather warning with closures: a story (the product rule: a forecast with a warning or harm is news, not a forecast page); city news, not relevant."))
    w = d(2022, 11, 8, 18, 15, 0, 1)
    add(70185, "cop27-sharm-italia-fondo-clima", "Cop27, l'Italia promette 840 milioni al fondo per il clima", w, "Elisa Zorzut", ["Mondo"],
        "Annunciato a Sharm el-Sheikh il contributo italiano al finanziamento climatico.",
        "<p>L&#8217;Italia contribuirà con 840 milioni di euro al finanziamento climatico internazionale: l&#8217;annuncio è arrivato alla Cop27 di Sharm el-Sheikh.</p>" + yt("c27Sh9"),
        lambda k: it(k, "Cop27, l'Italia promette 840 milioni al fondo per il clima", w, ["Elisa Zorzut"], junk=junk, note="Climate diplomacy: relevant."))
    text = wp_rss("Cronache di San Giusto", f"{base}/feed/", base, "Trieste, il confine, il mondo", rfc822(d(2022, 11, 13, 21, 10, 0, 0)), "it-IT", "6.1", rows)
    return feed("it_cronachedisangiusto_feed_iubenda_2022.rss.xml", text, items, lang="it", outlet="Cronache di San Giusto", topic="mixed",
                structure="Trieste news site's main WordPress 6.1 feed with iubenda's Cookie Solution in November 2022: rss2 template (it-IT, +0000 dates, newsroom +0100), '/<section>/<slug>/' links, dc:creator people or 'Redazione'/'Redazione Esteri'; content:encoded with iubenda's prior blocking applied (YouTube iframes with src='about:blank', suppressedsrc and class _iub_cs_activate plus an Italian 'contenuto bloccato' placeholder; X's widgets.js as type='text/plain'), a 'PUBBLICITÀ' slot, a bold 'Leggi anche:' link; neighbouring-country news, border commuter news and a weather warning")


FEEDS = [warnow, uhrturm, toess, otranto, sangiusto]
